#!/usr/bin/env python3
"""Writes the workbook fixtures the way openpyxl and LibreOffice lay them out (deflated parts,
namespaced XML, shared strings, styles), with fixed timestamps so the bytes are the same every run.
Run from this folder: python3 make_workbooks.py"""
import zipfile

STAMP = (2024, 5, 1, 0, 0, 0)


def write(name, parts):
    with zipfile.ZipFile(name, "w") as archive:
        for part, text, method in parts:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = method
            archive.writestr(info, text.encode("utf-8"))


D, S = zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

workbook = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook {MAIN} {REL}><workbookPr/><sheets>
<sheet name="Server" sheetId="1" r:id="rId1"/><sheet name="Dati 2024" sheetId="2" r:id="rId2"/>
</sheets></workbook>"""
rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>"""
shared = f"""<?xml version="1.0" encoding="UTF-8"?>
<sst {MAIN} count="4" uniqueCount="4"><si><t>nome</t></si><si><t>ram_gb</t></si>
<si><r><t>web</t></r><r><rPr><b/></rPr><t xml:space="preserve">-01 &amp; co</t></r></si><si><t>acquisto</t></si></sst>"""
styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet {MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2"/></cellXfs></styleSheet>"""
sheet1 = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet {MAIN}><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c><c r="D1" t="inlineStr"><is><t>attivo</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="2"><v>16</v></c><c r="C2" s="1"><v>45413</v></c><c r="D2" t="b"><v>1</v></c></row>
<row r="5"><c r="B5"><v>0.25</v></c><c r="AA5" t="str"><f>A1</f><v>nome</v></c><c r="AB5" t="e"><v>#DIV/0!</v></c></row>
</sheetData></worksheet>"""
sheet2 = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet {MAIN}><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c t="d"><v>2024-05-01T10:30:00</v></c></row></sheetData></worksheet>"""
write("openpyxl.xlsx", [
    ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', D),
    ("xl/workbook.xml", workbook, D), ("xl/_rels/workbook.xml.rels", rels, D),
    ("xl/sharedStrings.xml", shared, D), ("xl/styles.xml", styles, D),
    ("xl/worksheets/sheet1.xml", sheet1, D), ("xl/worksheets/sheet2.xml", sheet2, D)])

bad = sheet1.replace('<c r="B2" s="2"><v>16</v></c>', '<c r="B2"><v>sedici</v></c>')
write("bad-number.xlsx", [
    ("xl/workbook.xml", workbook, D), ("xl/_rels/workbook.xml.rels", rels, D),
    ("xl/sharedStrings.xml", shared, D), ("xl/styles.xml", styles, D),
    ("xl/worksheets/sheet1.xml", bad, D), ("xl/worksheets/sheet2.xml", sheet2, D)])

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}><office:body><office:spreadsheet>
<table:table table:name="Server">
<table:table-row><table:table-cell office:value-type="string"><text:p>nome</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>ram_gb</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>acquisto</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>attivo</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>web-01<text:s/>&amp;<text:s text:c="1"/>co</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="16"><text:p>16,00</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2024-05-01"><text:p>01/05/2024</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VERO</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
<table:table-row><table:table-cell/><table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell><table:table-cell table:number-columns-repeated="24"/><table:table-cell office:value-type="string"><text:p>nome</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>#DIV/0!</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>
<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table>
<table:table table:name="Dati 2024"><table:table-row><table:table-cell office:value-type="float" office:value="1"/><table:table-cell office:value-type="float" office:value="2"/></table:table-row>
<table:table-row><table:table-cell office:value-type="date" office:date-value="2024-05-01T10:30:00"/></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"""
write("libreoffice.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet", S), ("content.xml", content, D)])
write("bad-date.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet", S),
                       ("content.xml", content.replace('office:date-value="2024-05-01"', 'office:date-value="01/05/2024"'), D)])
