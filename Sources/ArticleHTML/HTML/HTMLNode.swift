/// A node of a parsed HTML page, copied out of libxml2's tree so that no C pointer outlives
/// parsing. Comments and processing instructions are dropped.
indirect enum HTMLNode: Sendable, Equatable {
    case element(HTMLElement)
    /// Character data with entities already decoded.
    case text(String)
}

/// An HTML element: lower-case name, attributes (lower-case names, decoded values) and
/// children in document order.
struct HTMLElement: Sendable, Equatable {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// The element's class names and id, lower-cased (WHATWG HTML: `class` is a set of
    /// space-separated tokens).
    var classAndID: [String] {
        var tokens = (attributes["class"] ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        if let id = attributes["id"]?.lowercased(), !id.isEmpty { tokens.append(id) }
        return tokens
    }

    /// Child elements, in order.
    var elements: [HTMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// Every element below this one (not itself), in document order.
    func descendants(where match: (HTMLElement) -> Bool) -> [HTMLElement] {
        var found: [HTMLElement] = []
        func walk(_ element: HTMLElement) {
            for child in element.elements {
                if match(child) { found.append(child) }
                walk(child)
            }
        }
        walk(self)
        return found
    }

    /// The first element below this one, in document order, that `match` accepts.
    func first(where match: (HTMLElement) -> Bool) -> HTMLElement? {
        for child in elements {
            if match(child) { return child }
            if let found = child.first(where: match) { return found }
        }
        return nil
    }

    /// All character data below this element, concatenated, without any whitespace handling.
    var rawText: String {
        var out = ""
        func walk(_ nodes: [HTMLNode]) {
            for node in nodes {
                switch node {
                case .text(let text): out += text
                case .element(let e): walk(e.children)
                }
            }
        }
        walk(children)
        return out
    }
}
