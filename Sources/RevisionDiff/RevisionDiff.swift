// RevisionDiff layer: see design §1.
