package vn.hdndso.documents.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilterParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.hdndso.documents.EdxmlSignatureCheck;
import vn.hdndso.documents.signatures.TestPki;

/**
 * An edXML package's signature counts only if it covers the whole envelope the way the format
 * signs it: one reference with {@code URI=""}, the enveloped transform and canonicalisation, the
 * signature a child of the envelope. Crafted envelopes that sign less (an XPath filter leaving the
 * body out), sign something else, or hide the signature elsewhere are INVALID.
 */
class EdxmlSignatureWrappingUnitTest {

    private static final TestPki.Identity CA = TestPki.ca("CA thử edXML");
    private static final TestPki.Identity SIGNER = TestPki.signer("Văn thư thử edXML", CA);
    private static final String ENVELOPE = "<edXMLEnvelope xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">"
            + "<edXMLHeader><From>UBND xã A</From></edXMLHeader>"
            + "<edXMLBody><Content>Nội dung gốc</Content></edXMLBody></edXMLEnvelope>";

    @Test
    void the_format_own_signature_is_valid_and_a_changed_body_is_not() {
        byte[] signed = EdxmlSignature.sign(utf8(ENVELOPE), SIGNER.key(), SIGNER.certificate());
        assertThat(EdxmlSignature.verify(signed).outcome()).isEqualTo(EdxmlSignatureCheck.Outcome.VALID);
        byte[] changed = new String(signed, StandardCharsets.UTF_8)
                .replace("Nội dung gốc", "Nội dung giả")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(EdxmlSignature.verify(changed).outcome()).isEqualTo(EdxmlSignatureCheck.Outcome.INVALID);
    }

    @Test
    void an_xpath_transform_that_leaves_the_body_unsigned_is_refused() throws Exception {
        String filter = "not(ancestor-or-self::*[local-name()='edXMLBody'])";
        byte[] signed = craft("", List.of(Transform.ENVELOPED, Transform.XPATH), filter, false);
        byte[] swapped = new String(signed, StandardCharsets.UTF_8)
                .replace("Nội dung gốc", "Nội dung giả")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(jdkValidates(swapped))
                .as("the JDK alone (what verify relied on before) accepts the swapped body")
                .isTrue();
        assertThat(EdxmlSignature.verify(swapped).outcome()).isEqualTo(EdxmlSignatureCheck.Outcome.INVALID);
        assertThat(EdxmlSignature.verify(signed).outcome()).isEqualTo(EdxmlSignatureCheck.Outcome.INVALID);
    }

    @Test
    void a_reference_without_the_enveloped_transform_or_to_another_uri_is_refused() throws Exception {
        assertThat(EdxmlSignature.verify(craft("", List.of(CanonicalizationMethod.EXCLUSIVE), null, false))
                        .outcome())
                .as("no enveloped transform: the digest could not match the whole envelope")
                .isEqualTo(EdxmlSignatureCheck.Outcome.INVALID);
        assertThat(EdxmlSignature.verify(craft(
                                "#xpointer(/)",
                                List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE),
                                null,
                                false))
                        .outcome())
                .isEqualTo(EdxmlSignatureCheck.Outcome.INVALID);
    }

    @Test
    void a_signature_hidden_inside_the_body_is_refused() throws Exception {
        byte[] hidden = craft("", List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE), null, true);
        assertThat(jdkValidates(hidden)).as("the JDK alone accepts it").isTrue();
        assertThat(EdxmlSignature.verify(hidden).outcome()).isEqualTo(EdxmlSignatureCheck.Outcome.INVALID);
    }

    /** Signs the envelope with the given reference; the signature under the root or in the body. */
    private static byte[] craft(String uri, List<String> transforms, String xpath, boolean inBody) throws Exception {
        var builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Document document = builders.newDocumentBuilder().parse(new ByteArrayInputStream(utf8(ENVELOPE)));
        Element root = document.getDocumentElement();
        Element body = (Element) root.getElementsByTagNameNS("*", "edXMLBody").item(0);
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        var list = new java.util.ArrayList<Transform>();
        for (String algorithm : transforms) {
            list.add(
                    algorithm.equals(Transform.XPATH)
                            ? factory.newTransform(algorithm, new XPathFilterParameterSpec(xpath))
                            : factory.newTransform(algorithm, (TransformParameterSpec) null));
        }
        var reference = factory.newReference(uri, factory.newDigestMethod(DigestMethod.SHA256, null), list, null, null);
        var signedInfo = factory.newSignedInfo(
                factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                List.of(reference));
        var keys = factory.getKeyInfoFactory();
        var keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(SIGNER.certificate()))));
        var context = inBody ? new DOMSignContext(SIGNER.key(), body) : new DOMSignContext(SIGNER.key(), root, body);
        factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        var out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    /** What {@code verify} relied on before: the JDK's secure validation of the one signature. */
    private static boolean jdkValidates(byte[] xml) throws Exception {
        var builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Document document = builders.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var element = document.getElementsByTagNameNS(javax.xml.crypto.dsig.XMLSignature.XMLNS, "Signature")
                .item(0);
        var context = new javax.xml.crypto.dsig.dom.DOMValidateContext(
                javax.xml.crypto.KeySelector.singletonKeySelector(
                        SIGNER.certificate().getPublicKey()),
                element);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        return XMLSignatureFactory.getInstance("DOM")
                .unmarshalXMLSignature(context)
                .validate(context);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
