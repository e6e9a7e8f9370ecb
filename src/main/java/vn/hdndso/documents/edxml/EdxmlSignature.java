package vn.hdndso.documents.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.Key;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.xml.XMLConstants;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.hdndso.documents.EdxmlSignatureCheck;

/**
 * The package's own {@code Signature} element (XML-DSig): an enveloped RSA-SHA256 signature over
 * the whole envelope with exclusive canonicalisation, the signer's certificate in {@code KeyInfo},
 * placed between {@code edXMLHeader} and {@code edXMLBody}. Verification uses the JDK's secure
 * validation mode and reports the certificate as not checked against a trust list: the integrity
 * of the package is proved, who may sign for an organisation is not (fail closed).
 */
public final class EdxmlSignature {

    private EdxmlSignature() {}

    /** Signs a written package with the council's key. */
    public static byte[] sign(byte[] xml, PrivateKey key, X509Certificate certificate) {
        try {
            Document document = parse(xml);
            Element envelope = document.getDocumentElement();
            Node body = firstChild(envelope, "edXMLBody");
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            var reference = factory.newReference(
                    "",
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(
                            factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null,
                    null);
            var signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    List.of(reference));
            KeyInfoFactory keys = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(
                    List.of(certificate.getSubjectX500Principal().getName(), certificate))));
            var context = body == null ? new DOMSignContext(key, envelope) : new DOMSignContext(key, envelope, body);
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
            return serialise(document);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the edXML package", e);
        }
    }

    /** Checks the package's signature, if it has one. Never throws for a bad signature. */
    public static EdxmlSignatureCheck verify(byte[] xml) {
        Document document;
        try {
            document = parse(xml);
        } catch (Exception e) {
            return new EdxmlSignatureCheck(EdxmlSignatureCheck.Outcome.INVALID, null, null);
        }
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() == 0) {
            return new EdxmlSignatureCheck(EdxmlSignatureCheck.Outcome.ABSENT, null, null);
        }
        if (signatures.getLength() > 1) {
            return new EdxmlSignatureCheck(EdxmlSignatureCheck.Outcome.INVALID, null, null);
        }
        var selector = new CertificateKeySelector();
        try {
            var context = new DOMValidateContext(selector, signatures.item(0));
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            if (!coversTheWholeEnvelope(signature, signatures.item(0), document)) {
                return new EdxmlSignatureCheck(EdxmlSignatureCheck.Outcome.INVALID, null, null);
            }
            boolean valid = signature.validate(context);
            X509Certificate certificate = selector.certificate;
            return new EdxmlSignatureCheck(
                    valid ? EdxmlSignatureCheck.Outcome.VALID : EdxmlSignatureCheck.Outcome.INVALID,
                    certificate == null ? null : commonName(certificate),
                    certificate);
        } catch (Exception e) {
            return new EdxmlSignatureCheck(EdxmlSignatureCheck.Outcome.INVALID, null, selector.certificate);
        }
    }

    /** Canonicalisations a reference may apply after the enveloped transform. */
    private static final java.util.Set<String> CANONICALISATIONS = java.util.Set.of(
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS);

    /**
     * The signature is shaped the way the format signs (against signature wrapping): a child of the
     * envelope, exactly one reference, to the whole document ({@code URI=""}), with the enveloped
     * transform first and then at most a canonicalisation: no XPath, XSLT, Base64 or other
     * transform that could leave part of the envelope unsigned or sign something else.
     */
    static boolean coversTheWholeEnvelope(XMLSignature signature, Node element, Document document) {
        if (element.getParentNode() != document.getDocumentElement()) {
            return false;
        }
        var signedInfo = signature.getSignedInfo();
        if (!CANONICALISATIONS.contains(signedInfo.getCanonicalizationMethod().getAlgorithm())) {
            return false;
        }
        List<?> references = signedInfo.getReferences();
        if (references.size() != 1 || !(references.get(0) instanceof Reference reference)) {
            return false;
        }
        if (!"".equals(reference.getURI())) {
            return false;
        }
        List<?> transforms = reference.getTransforms();
        if (transforms.isEmpty() || transforms.size() > 2) {
            return false;
        }
        for (int i = 0; i < transforms.size(); i++) {
            if (!(transforms.get(i) instanceof Transform transform)) {
                return false;
            }
            String algorithm = transform.getAlgorithm();
            boolean allowed = i == 0 ? Transform.ENVELOPED.equals(algorithm) : CANONICALISATIONS.contains(algorithm);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] serialise(Document document) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        var out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static @Nullable Node firstChild(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && localName.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    private static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // fall through to the whole subject
        }
        return certificate.getSubjectX500Principal().getName();
    }

    /** Takes the verification key from the one certificate in {@code KeyInfo/X509Data}. */
    private static final class CertificateKeySelector extends KeySelector {

        private @Nullable X509Certificate certificate;

        @Override
        public KeySelectorResult select(
                @Nullable KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("no KeyInfo");
            }
            for (Object item : keyInfo.getContent()) {
                if (item instanceof X509Data data) {
                    for (Object entry : data.getContent()) {
                        if (entry instanceof X509Certificate found) {
                            certificate = found;
                            Key key = found.getPublicKey();
                            return () -> key;
                        }
                    }
                }
            }
            throw new KeySelectorException("no certificate in KeyInfo");
        }
    }
}
