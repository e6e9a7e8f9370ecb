package vn.hdndso.portal.web;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small helpers for the XML the portal writes (sitemap, Atom). */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Xml() {}

    static XMLStreamWriter writer(Writer out) throws XMLStreamException {
        return FACTORY.createXMLStreamWriter(out);
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
