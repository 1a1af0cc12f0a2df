// Internal: clients of ArticleHTML never see libxml2's declarations.
internal import Clibxml2

/// The only code that talks to libxml2: parses HTML bytes with its recovering HTML parser
/// and copies the result into an ``HTMLNode`` tree. The libxml2 document is freed before
/// returning, so no C pointer escapes.
enum HTMLTreeParser {
    /// The parsed page: the root element (`html`, implied by libxml2 when absent) and the
    /// character encoding libxml2 used, if the page or the caller named one.
    struct Parsed: Sendable {
        var root: HTMLElement
        var encoding: String?
    }

    /// libxml2 2.9 initialises global tables lazily and not under a lock; do it once, first.
    private static let initialized: Void = xmlInitParser()

    /// Parses `bytes` (never empty). `encoding` is an IANA charset name (`UTF-8`,
    /// `windows-1252`); nil lets libxml2 follow a BOM or `<meta charset>` and otherwise read
    /// ISO-8859-1. Returns nil when libxml2 builds no document (e.g. an unknown charset).
    static func parse(_ bytes: [UInt8], encoding: String?) -> Parsed? {
        _ = initialized
        // Recover from broken markup like a browser would, keep errors off stderr, and
        // never fetch DTDs or entities over the network.
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        let used = document.pointee.encoding.map { String(cString: $0) }
        return Parsed(root: element(root), encoding: used)
    }

    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name).lowercased()
            // The first of duplicate attributes wins (WHATWG HTML tokenizer).
            if attributes[name] == nil { attributes[name] = text(of: current.pointee.children) }
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // libxml2 hands `<script>` and `<style>` contents over as CDATA.
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return HTMLElement(name: String(cString: node.pointee.name).lowercased(), attributes: attributes, children: children)
    }

    /// The concatenated text nodes of an attribute's value list.
    private static func text(of nodes: xmlNodePtr?) -> String {
        var out = ""
        var node = nodes
        while let current = node {
            if let content = current.pointee.content { out += String(cString: content) }
            node = current.pointee.next
        }
        return out
    }
}
