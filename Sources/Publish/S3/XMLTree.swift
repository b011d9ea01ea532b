// A small element tree read with Foundation's XMLParser, for S3's listing and error answers.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element: its name, text and child elements (namespaces dropped).
struct XMLTree: Sendable {
    var name: String
    var text = ""
    var children: [XMLTree] = []

    /// The first child named `name`.
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }
    /// Every child named `name`.
    func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }
    /// The text of the first child named `name`.
    subscript(_ name: String) -> String? { child(name)?.text }

    /// The document element of `data`; nil when it is not XML.
    static func parse(_ data: Data) -> XMLTree? {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse(), let root = reader.root else { return nil }
        return root
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append(XMLTree(name: name))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }
    }
}
