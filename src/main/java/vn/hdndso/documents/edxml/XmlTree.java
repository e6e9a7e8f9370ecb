package vn.hdndso.documents.edxml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;

/**
 * A small element tree read with StAX, securely: a document type declaration (DOCTYPE) is refused
 * outright, DTDs and external entities are never loaded, so no XXE and no entity expansion.
 * Elements are matched by local name, whatever their namespace prefix.
 */
final class XmlTree {

    private final String name;
    private final int line;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlTree> children = new ArrayList<>();

    private XmlTree(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /**
     * @throws InvalidInputException on field {@code xml} if the bytes are not well-formed XML or
     *     declare a DOCTYPE
     */
    static XmlTree parse(byte[] xml) {
        if (xml.length == 0) {
            throw InvalidInputException.of("xml", "edxml.xml.empty");
        }
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
            Deque<XmlTree> open = new ArrayDeque<>();
            XmlTree root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw InvalidInputException.of("xml", "edxml.xml.doctype");
                    case XMLStreamConstants.START_ELEMENT -> {
                        var element = new XmlTree(
                                reader.getLocalName(), reader.getLocation().getLineNumber());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions, whitespace outside elements
                    }
                }
            }
            if (root == null) {
                throw InvalidInputException.of("xml", "edxml.xml.empty");
            }
            return root;
        } catch (XMLStreamException e) {
            var where = e.getLocation();
            throw InvalidInputException.of(
                    "xml",
                    "edxml.xml.malformed",
                    where == null ? "?" : Integer.toString(where.getLineNumber()),
                    where == null ? "?" : Integer.toString(where.getColumnNumber()));
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // the JDK's parser fails on some malformed declarations with an unchecked exception of
            // its own (a DOCTYPE with a NUL byte: MissingResourceException for its message)
            throw InvalidInputException.of("xml", "edxml.xml.malformed", "?", "?");
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void close(@Nullable XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was written; the parse outcome stands
            }
        }
    }

    /** An empty element standing in for one that is missing, so that reading can go on. */
    static XmlTree absent(String name) {
        return new XmlTree(name, 0);
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    /** The element's own text, trimmed (whitespace around it is layout). */
    String text() {
        return text.toString().strip();
    }

    /** The first child named so. */
    Optional<XmlTree> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlTree> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The trimmed text of the first child named so; {@code null} if absent or blank. */
    @Nullable
    String text(String childName) {
        return child(childName).map(XmlTree::text).filter(t -> !t.isEmpty()).orElse(null);
    }
}
