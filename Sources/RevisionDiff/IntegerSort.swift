/// Sorts plain integers, or integers tagged with an item, in place. Equal values cannot be told
/// apart, so the stability the standard library's sort pays for (a merge buffer and a closure
/// call per comparison) buys nothing here; this is an introsort: quicksort with a
/// median-of-three pivot, insertion sort for short ranges, and the standard sort for a range
/// that recursed too deep, so it stays O(n log n).
enum IntegerSort {
    /// A 64-bit key with the item it belongs to, ordered by key, then item.
    struct KeyedItem: Comparable {
        var key: UInt64
        var item: Int32

        @inline(__always)
        static func < (a: KeyedItem, b: KeyedItem) -> Bool {
            a.key != b.key ? a.key < b.key : a.item < b.item
        }
    }

    static func sort(_ values: inout [UInt64]) {
        sortInPlace(&values)
    }

    static func sort(_ values: inout [KeyedItem]) {
        sortInPlace(&values)
    }

    @inline(__always)
    private static func sortInPlace<Value: Comparable>(_ values: inout [Value]) {
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 1 else { return }
            quicksort(base, 0, buffer.count - 1, depth: 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount))
        }
    }

    /// Sorts `a[low...high]`.
    private static func quicksort<Value: Comparable>(_ a: UnsafeMutablePointer<Value>, _ low: Int, _ high: Int, depth: Int) {
        var low = low, high = high, depth = depth
        while high - low >= 16 {
            if depth == 0 {
                var range = UnsafeMutableBufferPointer(start: a + low, count: high - low + 1)
                range.sort()
                return
            }
            depth -= 1
            let middle = low + (high - low) / 2
            if a[middle] < a[low] { swap(a, low, middle) }
            if a[high] < a[low] { swap(a, low, high) }
            if a[high] < a[middle] { swap(a, middle, high) }
            let pivot = a[middle]
            var i = low, j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    swap(a, i, j)
                    i += 1
                    j -= 1
                }
            }
            // Recurse into the shorter side, loop on the longer: O(log n) stack.
            if j - low < high - i {
                quicksort(a, low, j, depth: depth)
                low = i
            } else {
                quicksort(a, i, high, depth: depth)
                high = j
            }
        }
        if high <= low { return }
        for k in (low + 1)...high {
            let value = a[k]
            var m = k - 1
            while m >= low, a[m] > value {
                a[m + 1] = a[m]
                m -= 1
            }
            a[m + 1] = value
        }
    }

    @inline(__always)
    private static func swap<Value>(_ a: UnsafeMutablePointer<Value>, _ i: Int, _ j: Int) {
        let value = a[i]
        a[i] = a[j]
        a[j] = value
    }
}
