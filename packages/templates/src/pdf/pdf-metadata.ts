// PDFKit identifies a file as one standard, given as its `subset` option: PDF/UA, or one of
// PDF/A-1, -2 and -3 (levels a and b). For PDF/A it writes the pdfaid part and conformance in the
// XMP metadata and an sRGB output intent; for PDF/UA the pdfuaid part. A file meant to be both
// accessible and archived is made with PDF/A-2a (tagged, Unicode text, embedded fonts) and gets
// the PDF/UA-1 identification here. PDF/A allows only the XMP properties of its predefined
// schemas, or ones described by an extension schema in the file: pdfuaid is not predefined, so
// its description comes along (ISO 19005-2, 6.6.2.3).

/** The pdfuaid part and its PDF/A extension schema, appended to PDFKit's XMP packet. */
export const PDF_UA_WITH_PDF_A = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" rdf:about="">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
`;
