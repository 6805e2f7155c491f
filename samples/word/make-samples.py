#!/usr/bin/env python3
"""Writes the two sample Word standards shipped with mrs:

  gbt-sample.docx  a GB/T 1.1-2020 style national standard (Simplified Chinese)
  iso-sample.docx  an ISO/IEC Directives Part 2 style International Standard (English)

Both are our own invented text (see ../gbt-sample.std.yaml and ../iso-sample.std.yaml for the hand-written models they
follow). They use the style names of the real drafting templates, and, as in those templates, clause numbers, annex
letters and (in the GB/T sample) the labels of notes, examples, lists, tables and figures are not typed: Word draws them
from multilevel lists in word/numbering.xml that are tied to the paragraph styles (w:numPr in the style, w:pStyle in
the list level).

Python 3 standard library only. The output is the same byte for byte on every run: fixed part order, fixed zip
timestamps (1980-01-01), fixed dates in the document properties.

Usage: python3 samples/word/make-samples.py [output-folder]   (default: the folder of this script)
"""

import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, "..", "assets"))

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIXED_DATE = "2026-01-01T00:00:00Z"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
EMU_PER_MM = 36000


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def ns_decl(*prefixes):
    return "".join(f' xmlns:{p}="{NS[p]}"' for p in prefixes)


# ---------------------------------------------------------------------------------------------- properties

# Child order of w:pPr and w:rPr as the schema (ECMA-376 Part 1, 17.3.1.26 / 17.3.2.28) wants it.
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr", "pBdr", "tabs",
             "spacing", "ind", "contextualSpacing", "jc", "outlineLvl", "rPr"]
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "spacing", "sz", "szCs", "vertAlign", "lang"]


def ppr(**parts):
    unknown = set(parts) - set(PPR_ORDER)
    assert not unknown, unknown
    body = "".join(parts[k] for k in PPR_ORDER if parts.get(k))
    return f"<w:pPr>{body}</w:pPr>" if body else ""


def rpr(**parts):
    unknown = set(parts) - set(RPR_ORDER)
    assert not unknown, unknown
    body = "".join(parts[k] for k in RPR_ORDER if parts.get(k))
    return f"<w:rPr>{body}</w:rPr>" if body else ""


def fonts(ascii_font=None, east_asia=None):
    attrs = ""
    if ascii_font:
        attrs += f' w:ascii="{ascii_font}" w:hAnsi="{ascii_font}" w:cs="{ascii_font}"'
    if east_asia:
        attrs += f' w:eastAsia="{east_asia}"'
    return f"<w:rFonts{attrs}/>"


def size(half_points):
    return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


def spacing(before=None, after=None, line=None):
    attrs = ""
    if before is not None:
        attrs += f' w:before="{before}"'
    if after is not None:
        attrs += f' w:after="{after}"'
    if line is not None:
        attrs += f' w:line="{line}" w:lineRule="auto"'
    return f"<w:spacing{attrs}/>"


def ind(left=None, hanging=None, first_line=None, first_line_chars=None):
    attrs = ""
    if left is not None:
        attrs += f' w:left="{left}"'
    if first_line_chars is not None:
        attrs += f' w:firstLineChars="{first_line_chars}"'
    if first_line is not None:
        attrs += f' w:firstLine="{first_line}"'
    if hanging is not None:
        attrs += f' w:hanging="{hanging}"'
    return f"<w:ind{attrs}/>"


def pstyle(style_id):
    return f'<w:pStyle w:val="{style_id}"/>'


def jc(value):
    return f'<w:jc w:val="{value}"/>'


def num_pr(num_id, ilvl=None):
    level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    return f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'


def tabs(*stops):
    return "<w:tabs>" + "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in stops) + "</w:tabs>"


def border_bottom():
    return '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'


def outline(level):
    return f'<w:outlineLvl w:val="{level}"/>'


# ---------------------------------------------------------------------------------------------- inline text

def runs(text, base_rpr=None):
    """A little markup for run formatting: *italic*, **bold**, ~subscript~, ^superscript^, \\t tab, \\n line break."""
    base_rpr = base_rpr or {}
    out = []
    state = {"b": False, "i": False, "sub": False, "sup": False}
    buf = []

    def flush():
        if not buf:
            return
        text_run = "".join(buf)
        buf.clear()
        parts = dict(base_rpr)
        if state["b"]:
            parts["b"] = "<w:b/><w:bCs/>"
        if state["i"]:
            parts["i"] = "<w:i/><w:iCs/>"
        if state["sub"]:
            parts["vertAlign"] = '<w:vertAlign w:val="subscript"/>'
        if state["sup"]:
            parts["vertAlign"] = '<w:vertAlign w:val="superscript"/>'
        space = ' xml:space="preserve"' if text_run != text_run.strip(" ") else ""
        out.append(f"<w:r>{rpr(**parts)}<w:t{space}>{esc(text_run)}</w:t></w:r>")

    i = 0
    while i < len(text):
        c = text[i]
        if text.startswith("**", i):
            flush()
            state["b"] = not state["b"]
            i += 2
            continue
        if c in "*~^":
            flush()
            key = {"*": "i", "~": "sub", "^": "sup"}[c]
            state[key] = not state[key]
        elif c == "\t":
            flush()
            out.append(f"<w:r>{rpr(**base_rpr)}<w:tab/></w:r>")
        elif c == "\n":
            flush()
            out.append(f"<w:r>{rpr(**base_rpr)}<w:br/></w:r>")
        else:
            buf.append(c)
        i += 1
    flush()
    assert not any(state.values()), f"unbalanced markup in {text!r}"
    return "".join(out)


# ---------------------------------------------------------------------------------------------- Office Math

MATH_RPR = '<w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr>'


def mr(text, upright=False):
    style = '<m:rPr><m:sty m:val="p"/></m:rPr>' if upright else ""
    return f"<m:r>{style}{MATH_RPR}<m:t>{esc(text)}</m:t></m:r>"


def msub(base, sub):
    return f"<m:sSub><m:e>{base}</m:e><m:sub>{sub}</m:sub></m:sSub>"


def mfrac(num, den):
    return f"<m:f><m:num>{num}</m:num><m:den>{den}</m:den></m:f>"


def omath(content):
    return f"<m:oMath>{content}</m:oMath>"


# ---------------------------------------------------------------------------------------------- styles and lists

def style(style_id, name, kind="paragraph", based=None, next_style=None, ppr_xml="", rpr_xml="", default=False,
          custom=True, extra=""):
    attrs = f' w:type="{kind}"'
    if default:
        attrs += ' w:default="1"'
    if custom:
        attrs += ' w:customStyle="1"'
    attrs += f' w:styleId="{style_id}"'
    body = f'<w:name w:val="{esc(name)}"/>'
    if based:
        body += f'<w:basedOn w:val="{based}"/>'
    if next_style:
        body += f'<w:next w:val="{next_style}"/>'
    body += "<w:qFormat/>" + ppr_xml + rpr_xml + extra
    return f"<w:style{attrs}>{body}</w:style>"


def lvl(ilvl, num_fmt, text, pstyle=None, suff=None, left=0, hanging=0, start=1, restart=None, lvl_rpr=""):
    body = f'<w:start w:val="{start}"/><w:numFmt w:val="{num_fmt}"/>'
    if restart is not None:
        body += f'<w:lvlRestart w:val="{restart}"/>'
    if pstyle:
        body += f'<w:pStyle w:val="{pstyle}"/>'
    if suff:
        body += f'<w:suff w:val="{suff}"/>'
    body += f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/>'
    body += f'<w:pPr>{ind(left=left, hanging=hanging) if hanging else ind(left=left, first_line=0)}</w:pPr>'
    body += lvl_rpr
    return f'<w:lvl w:ilvl="{ilvl}">{body}</w:lvl>'


def abstract_num(abstract_id, nsid, name, levels):
    multi = "multilevel" if len(levels) > 1 else "singleLevel"
    return (f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:nsid w:val="{nsid}"/>'
            f'<w:multiLevelType w:val="{multi}"/><w:name w:val="{esc(name)}"/>{"".join(levels)}</w:abstractNum>')


def num(num_id, abstract_id, restart_levels=()):
    overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in restart_levels)
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def styles_part(doc_defaults, styles):
    base = [
        style("DefaultParagraphFont", "Default Paragraph Font", kind="character", default=True, custom=False),
        style("TableNormal", "Normal Table", kind="table", default=True, custom=False,
              extra='<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                    '</w:tblCellMar></w:tblPr>'),
        style("NoList", "No List", kind="numbering", default=True, custom=False),
    ]
    return (XML_DECL + f'<w:styles{ns_decl("w")}>{doc_defaults}' + "".join(base + styles) + "</w:styles>")


# ---------------------------------------------------------------------------------------------- the document

class Document:
    """Collects the body paragraphs and tables of one document and writes the package."""

    def __init__(self):
        self.body = []
        self.images = []  # (relationship id, part name, bytes)
        self.drawing_ids = 0

    def p(self, style_id, text="", numbering=None, ppr_parts=None, run_rpr=None, content=None):
        parts = {"pStyle": pstyle(style_id)}
        if numbering is not None:
            parts["numPr"] = num_pr(*numbering)
        parts.update(ppr_parts or {})
        inner = content if content is not None else runs(text, run_rpr)
        self.body.append(f"<w:p>{ppr(**parts)}{inner}</w:p>")

    def picture(self, style_id, asset, width_mm, height_mm, alt, ppr_parts=None):
        with open(os.path.join(ASSETS, asset), "rb") as f:
            data = f.read()
        self.drawing_ids += 1
        n = self.drawing_ids
        rel_id = f"rIdImage{n}"
        self.images.append((rel_id, f"media/image{n}.png", data))
        cx, cy = round(width_mm * EMU_PER_MM), round(height_mm * EMU_PER_MM)
        drawing = (
            f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" name="Picture {n}" descr="{esc(alt)}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="{n}" name="image{n}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            "</wp:inline></w:drawing>")
        self.p(style_id, ppr_parts=ppr_parts, content=f"<w:r>{drawing}</w:r>")

    def formula(self, style_id, math, number, run_rpr=None):
        content = runs("\t", run_rpr) + math + runs("\t" + number, run_rpr)
        self.p(style_id, content=content)

    def table(self, widths, rows, cell_style, header_rows=1, cell_rpr=None):
        """rows: lists of cells (text, options); options: span, vmerge ('restart'/'continue'), align."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        borders = "".join(f'<w:{side} w:val="single" w:sz="{8 if side in ("top", "bottom", "left", "right") else 4}" '
                          f'w:space="0" w:color="000000"/>'
                          for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        xml = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
               f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
               '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="0"/></w:tblPr>'
               f"<w:tblGrid>{grid}</w:tblGrid>"]
        for r, row in enumerate(rows):
            tr_pr = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if r < header_rows else "<w:trPr><w:cantSplit/></w:trPr>"
            cells = []
            col = 0
            for cell in row:
                text, options = (cell, {}) if isinstance(cell, str) else cell
                span = options.get("span", 1)
                width = sum(widths[col:col + span])
                col += span
                tc_pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
                if span > 1:
                    tc_pr += f'<w:gridSpan w:val="{span}"/>'
                if options.get("vmerge") == "restart":
                    tc_pr += '<w:vMerge w:val="restart"/>'
                elif options.get("vmerge") == "continue":
                    tc_pr += "<w:vMerge/>"
                tc_pr += '<w:vAlign w:val="center"/>'
                align = options.get("align", "center" if r < header_rows else "left")
                keep = "<w:keepNext/>" if r < len(rows) - 1 else ""  # keep the table on one page
                para = (f'<w:p>{ppr(pStyle=pstyle(cell_style), keepNext=keep, jc=jc(align))}'
                        f'{runs(text, cell_rpr)}</w:p>')
                cells.append(f"<w:tc><w:tcPr>{tc_pr}</w:tcPr>{para}</w:tc>")
            xml.append(f"<w:tr>{tr_pr}{''.join(cells)}</w:tr>")
        xml.append("</w:tbl>")
        self.body.append("".join(xml))

    # -- the package

    def write(self, path, styles_xml, numbering_xml, settings_xml, header_xml, footer_xml, section, title, language):
        document_xml = (XML_DECL + f'<w:document{ns_decl("w", "r", "wp", "a", "pic", "m")}><w:body>'
                        + "".join(self.body) + section + "</w:body></w:document>")
        rels = [
            ("rIdStyles", "styles", "styles.xml"),
            ("rIdNumbering", "numbering", "numbering.xml"),
            ("rIdSettings", "settings", "settings.xml"),
            ("rIdHeader1", "header", "header1.xml"),
            ("rIdFooter1", "footer", "footer1.xml"),
        ] + [(rel_id, "image", target) for rel_id, target, _ in self.images]
        document_rels = (XML_DECL + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         + "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{target}"/>' for i, t, target in rels)
                         + "</Relationships>")
        package_rels = (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
                        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                        f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
                        "</Relationships>")
        wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        content_types = (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Default Extension="png" ContentType="image/png"/>'
                         f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>'
                         f'<Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/>'
                         f'<Override PartName="/word/numbering.xml" ContentType="{wml}.numbering+xml"/>'
                         f'<Override PartName="/word/settings.xml" ContentType="{wml}.settings+xml"/>'
                         f'<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>'
                         f'<Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/>'
                         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                         "</Types>")
        core = (XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{esc(title)}</dc:title><dc:creator>mrs sample generator</dc:creator>"
                f"<dc:language>{language}</dc:language>"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_DATE}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_DATE}</dcterms:modified>'
                "</cp:coreProperties>")
        app = (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               "<Application>mrs make-samples.py</Application><DocSecurity>0</DocSecurity></Properties>")
        parts = [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", package_rels),
            ("docProps/core.xml", core),
            ("docProps/app.xml", app),
            ("word/document.xml", document_xml),
            ("word/_rels/document.xml.rels", document_rels),
            ("word/styles.xml", styles_xml),
            ("word/numbering.xml", numbering_xml),
            ("word/settings.xml", settings_xml),
            ("word/header1.xml", header_xml),
            ("word/footer1.xml", footer_xml),
        ]
        with zipfile.ZipFile(path, "w") as z:
            for name, text in parts:
                put(z, name, text.encode("utf-8"))
            for _, target, data in self.images:
                put(z, "word/" + target, data)


def put(z, name, data):
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 0
    info.external_attr = 0
    z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def settings_part(tab_stop):
    return (XML_DECL + f'<w:settings{ns_decl("w", "m")}><w:zoom w:percent="100"/>'
            f'<w:defaultTabStop w:val="{tab_stop}"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:dispDef/></m:mathPr>'
            "</w:settings>")


def header_part(style_id, text, align):
    return (XML_DECL + f'<w:hdr{ns_decl("w", "r")}><w:p>{ppr(pStyle=pstyle(style_id), jc=jc(align))}'
            f"{runs(text)}</w:p></w:hdr>")


def footer_part(style_id):
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return (XML_DECL + f'<w:ftr{ns_decl("w", "r")}><w:p>{ppr(pStyle=pstyle(style_id), jc=jc("center"))}'
            f"{field}</w:p></w:ftr>")


def section_properties(margins):
    top, right, bottom, left = margins
    return ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>'
            '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:cols w:space="425"/><w:titlePg/><w:docGrid w:linePitch="312"/></w:sectPr>')


# ============================================================================================== GB/T sample

SONG, HEI, TNR = "宋体", "黑体", "Times New Roman"
GB_MARGINS = (1418, 1134, 1134, 1418)  # top, right, bottom, left: 25 mm, 20 mm, 20 mm, 25 mm
GB_WIDTH = 11906 - GB_MARGINS[1] - GB_MARGINS[3]
IDEOGRAPHIC_SPACE = "\u3000"

# Numbering instances (w:numId) of the GB/T sample.
GB_HEADINGS, GB_ANNEX, GB_DASH, GB_LETTER, GB_NOTE, GB_NOTE_N, GB_EXAMPLE, GB_TABLE, GB_FIGURE, GB_BIBLIO, GB_NOTE_N_AGAIN = range(1, 12)


def gbt_styles():
    hei = fonts(TNR, HEI)
    s = []
    add = s.append
    add(style("Normal", "Normal", default=True, custom=False,
              ppr_xml=ppr(widowControl='<w:widowControl w:val="0"/>', jc=jc("both"))))
    add(style("GBPara", "标准文件_段", based="Normal",
              ppr_xml=ppr(spacing=spacing(line=240), ind=ind(first_line_chars=200, first_line=420), jc=jc("both"))))
    # cover
    add(style("GBICS", "标准文件_ICS", based="Normal", ppr_xml=ppr(spacing=spacing(after=0, line=240), jc=jc("left")),
              rpr_xml=rpr(rFonts=hei, sz=size(21))))
    add(style("GBDesignation", "标准称谓", based="Normal", ppr_xml=ppr(spacing=spacing(before=900, after=300), jc=jc("center")),
              rpr_xml=rpr(rFonts=fonts(TNR, SONG), b="<w:b/><w:bCs/>", spacing='<w:spacing w:val="40"/>', sz=size(52))))
    add(style("GBIdentifier", "标准文件_文件编号", based="Normal", ppr_xml=ppr(spacing=spacing(after=0), jc=jc("right")),
              rpr_xml=rpr(rFonts=hei, sz=size(28))))
    add(style("GBSupersedes", "标准文件_替换文件编号", based="Normal",
              ppr_xml=ppr(pBdr=border_bottom(), spacing=spacing(after=0), jc=jc("right")), rpr_xml=rpr(rFonts=hei, sz=size(21))))
    add(style("GBTitle", "标准文件_文件名称", based="Normal", ppr_xml=ppr(spacing=spacing(before=2000, after=400, line=360), jc=jc("center")),
              rpr_xml=rpr(rFonts=hei, sz=size(44))))
    add(style("GBTitleEn", "封面标准英文名称", based="Normal", ppr_xml=ppr(spacing=spacing(after=300), jc=jc("center")),
              rpr_xml=rpr(rFonts=hei, sz=size(28))))
    add(style("GBAdoption", "标准文件_一致程度", based="Normal", ppr_xml=ppr(spacing=spacing(after=300), jc=jc("center")),
              rpr_xml=rpr(rFonts=fonts(TNR, SONG), sz=size(28))))
    add(style("GBStage", "封面标准文稿类别", based="Normal", ppr_xml=ppr(spacing=spacing(before=300, after=0), jc=jc("center")),
              rpr_xml=rpr(rFonts=fonts(TNR, SONG), sz=size(24))))
    add(style("GBPublished", "其他发布日期", based="Normal", ppr_xml=ppr(spacing=spacing(before=2600, after=0), jc=jc("left")),
              rpr_xml=rpr(rFonts=hei, sz=size(28))))
    add(style("GBImplemented", "其他实施日期", based="Normal",
              ppr_xml=ppr(pBdr=border_bottom(), spacing=spacing(after=240), jc=jc("right")), rpr_xml=rpr(rFonts=hei, sz=size(28))))
    add(style("GBIssuer", "其他发布部门", based="Normal", ppr_xml=ppr(spacing=spacing(after=0), jc=jc("center")),
              rpr_xml=rpr(rFonts=fonts(TNR, SONG), b="<w:b/><w:bCs/>", sz=size(32))))
    # front matter and titles
    add(style("GBSectionTitle", "标准文件_前言、引言标题", based="Normal", next_style="GBPara",
              ppr_xml=ppr(keepNext="<w:keepNext/>", pageBreakBefore="<w:pageBreakBefore/>", spacing=spacing(before=0, after=560),
                          jc=jc("center"), outlineLvl=outline(0)),
              rpr_xml=rpr(rFonts=hei, sz=size(32))))
    add(style("GBDocumentTitle", "标准文件_正文标准名称", based="Normal", next_style="GBChapter",
              ppr_xml=ppr(pageBreakBefore="<w:pageBreakBefore/>", spacing=spacing(before=0, after=560, line=360), jc=jc("center")),
              rpr_xml=rpr(rFonts=hei, sz=size(32))))
    # clauses: numbered by the list GB_HEADINGS, level by style
    add(style("GBChapter", "标准文件_章标题", based="Normal", next_style="GBPara",
              ppr_xml=ppr(keepNext="<w:keepNext/>", numPr=num_pr(GB_HEADINGS, 0), spacing=spacing(before=240, after=240),
                          jc=jc("both"), outlineLvl=outline(0)),
              rpr_xml=rpr(rFonts=hei, sz=size(21))))
    add(style("GBSub1", "标准文件_一级条标题", based="GBChapter", next_style="GBPara",
              ppr_xml=ppr(numPr=num_pr(GB_HEADINGS, 1), spacing=spacing(before=120, after=120), outlineLvl=outline(1))))
    add(style("GBSub2", "标准文件_二级条标题", based="GBSub1", next_style="GBPara",
              ppr_xml=ppr(numPr=num_pr(GB_HEADINGS, 2), outlineLvl=outline(2))))
    # a term entry: numbered as a first-level subclause, but body text in the outline
    add(style("GBTerm1", "标准文件_术语条一", based="GBSub1", next_style="GBPara",
              ppr_xml=ppr(spacing=spacing(before=120, after=0), outlineLvl=outline(9))))
    # annexes: numbered by the list GB_ANNEX
    add(style("GBAnnexId", "标准文件_附录标识", based="Normal", next_style="GBAnnexTitle",
              ppr_xml=ppr(keepNext="<w:keepNext/>", pageBreakBefore="<w:pageBreakBefore/>", numPr=num_pr(GB_ANNEX, 0),
                          spacing=spacing(before=0, after=0), jc=jc("center"), outlineLvl=outline(0)),
              rpr_xml=rpr(rFonts=hei, sz=size(21))))
    add(style("GBAnnexTitle", "标准文件_附录章标题", based="Normal", next_style="GBPara",
              ppr_xml=ppr(keepNext="<w:keepNext/>", spacing=spacing(before=0, after=480), jc=jc("center")),
              rpr_xml=rpr(rFonts=hei, sz=size(21))))
    add(style("GBAnnexSub1", "标准文件_附录一级条标题", based="Normal", next_style="GBPara",
              ppr_xml=ppr(keepNext="<w:keepNext/>", numPr=num_pr(GB_ANNEX, 1), spacing=spacing(before=120, after=120),
                          jc=jc("both"), outlineLvl=outline(1)),
              rpr_xml=rpr(rFonts=hei, sz=size(21))))
    # blocks
    small = rpr(sz=size(18))
    add(style("GBNote", "标准文件_注：", based="Normal", next_style="GBPara", ppr_xml=ppr(numPr=num_pr(GB_NOTE, 0)), rpr_xml=small))
    add(style("GBNoteN", "标准文件_注×：", based="Normal", next_style="GBPara", ppr_xml=ppr(numPr=num_pr(GB_NOTE_N, 0)), rpr_xml=small))
    add(style("GBExample", "标准文件_示例：", based="Normal", next_style="GBPara", ppr_xml=ppr(numPr=num_pr(GB_EXAMPLE, 0)), rpr_xml=small))
    add(style("GBDash", "标准文件_破折号列项", based="Normal", ppr_xml=ppr(numPr=num_pr(GB_DASH, 0))))
    add(style("GBLetter1", "标准文件_字母编号列项（一级）", based="Normal", ppr_xml=ppr(numPr=num_pr(GB_LETTER, 0))))
    add(style("GBDigit2", "标准文件_数字编号列项（二级）", based="Normal", ppr_xml=ppr(numPr=num_pr(GB_LETTER, 1))))
    add(style("GBTableTitle", "标准文件_正文表标题", based="Normal", next_style="GBTableText",
              ppr_xml=ppr(keepNext="<w:keepNext/>", numPr=num_pr(GB_TABLE, 0), spacing=spacing(before=120, after=120), jc=jc("center")),
              rpr_xml=rpr(rFonts=hei, sz=size(21))))
    add(style("GBFigureTitle", "标准文件_正文图标题", based="Normal", next_style="GBPara",
              ppr_xml=ppr(numPr=num_pr(GB_FIGURE, 0), spacing=spacing(before=120, after=240), jc=jc("center")),
              rpr_xml=rpr(rFonts=hei, sz=size(21))))
    add(style("GBTableText", "标准文件_表格", based="Normal", ppr_xml=ppr(spacing=spacing(after=0), jc=jc("center")), rpr_xml=small))
    add(style("GBKey", "标准文件_图表说明", based="Normal", ppr_xml=ppr(spacing=spacing(after=0), ind=ind(left=1260, hanging=420)),
              rpr_xml=small))
    add(style("GBFormula", "标准文件_正文公式", based="Normal", next_style="GBPara",
              ppr_xml=ppr(tabs=tabs(("center", GB_WIDTH // 2), ("right", GB_WIDTH)), spacing=spacing(before=120, after=120), jc=jc("left"))))
    add(style("GBBiblioTitle", "标准文件_参考文献标题", based="Normal", next_style="GBBiblioEntry",
              ppr_xml=ppr(keepNext="<w:keepNext/>", pageBreakBefore="<w:pageBreakBefore/>", spacing=spacing(before=0, after=560),
                          jc=jc("center"), outlineLvl=outline(0)),
              rpr_xml=rpr(rFonts=hei, sz=size(32))))
    add(style("GBBiblioEntry", "标准文件_参考文献条目", based="Normal", ppr_xml=ppr(numPr=num_pr(GB_BIBLIO, 0), jc=jc("left"))))
    add(style("GBHeader", "标准文件_页眉奇数页", based="Normal", ppr_xml=ppr(spacing=spacing(after=120), jc=jc("right")),
              rpr_xml=rpr(rFonts=hei, sz=size(21))))
    add(style("GBFooter", "标准文件_页脚奇数页", based="Normal", ppr_xml=ppr(jc=jc("center")), rpr_xml=rpr(sz=size(18))))
    defaults = ('<w:docDefaults><w:rPrDefault><w:rPr>' + fonts(TNR, SONG) + size(21)
                + '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>')
    return styles_part(defaults, s)


def gbt_numbering():
    sp = IDEOGRAPHIC_SPACE
    small = rpr(sz=size(18))
    abstracts = [
        abstract_num(0, "4D520001", "章条编号", [
            lvl(0, "decimal", "%1" + sp, pstyle="GBChapter", suff="nothing"),
            lvl(1, "decimal", "%1.%2" + sp, pstyle="GBSub1", suff="nothing"),
            lvl(2, "decimal", "%1.%2.%3" + sp, pstyle="GBSub2", suff="nothing"),
            lvl(3, "decimal", "%1.%2.%3.%4" + sp, suff="nothing"),
            lvl(4, "decimal", "%1.%2.%3.%4.%5" + sp, suff="nothing"),
            lvl(5, "decimal", "%1.%2.%3.%4.%5.%6" + sp, suff="nothing"),
        ]),
        abstract_num(1, "4D520002", "附录编号", [
            lvl(0, "upperLetter", "附　录　%1", pstyle="GBAnnexId", suff="nothing"),
            lvl(1, "decimal", "%1.%2" + sp, pstyle="GBAnnexSub1", suff="nothing"),
            lvl(2, "decimal", "%1.%2.%3" + sp, suff="nothing"),
        ]),
        abstract_num(2, "4D520003", "破折号列项", [lvl(0, "none", "——", pstyle="GBDash", suff="nothing", left=840, hanging=420)]),
        abstract_num(3, "4D520004", "字母编号列项", [
            lvl(0, "lowerLetter", "%1)", pstyle="GBLetter1", left=840, hanging=420),
            lvl(1, "decimal", "%2)", pstyle="GBDigit2", left=1260, hanging=420),
            lvl(2, "decimal", "(%3)", left=1680, hanging=420),
        ]),
        abstract_num(4, "4D520005", "注", [lvl(0, "none", "注：", pstyle="GBNote", suff="nothing", left=1260, hanging=840, lvl_rpr=small)]),
        abstract_num(5, "4D520006", "注×", [lvl(0, "decimal", "注%1：", pstyle="GBNoteN", suff="nothing", left=1260, hanging=840, lvl_rpr=small)]),
        abstract_num(6, "4D520007", "示例", [lvl(0, "none", "示例：", pstyle="GBExample", suff="nothing", left=1260, hanging=840, lvl_rpr=small)]),
        abstract_num(7, "4D520008", "表标题", [lvl(0, "decimal", "表%1" + sp, pstyle="GBTableTitle", suff="nothing")]),
        abstract_num(8, "4D520009", "图标题", [lvl(0, "decimal", "图%1" + sp, pstyle="GBFigureTitle", suff="nothing")]),
        abstract_num(9, "4D52000A", "参考文献", [lvl(0, "decimal", "[%1]" + sp, pstyle="GBBiblioEntry", suff="nothing", left=630, hanging=630)]),
    ]
    nums = [num(GB_HEADINGS, 0), num(GB_ANNEX, 1), num(GB_DASH, 2), num(GB_LETTER, 3), num(GB_NOTE, 4), num(GB_NOTE_N, 5),
            num(GB_EXAMPLE, 6), num(GB_TABLE, 7), num(GB_FIGURE, 8), num(GB_BIBLIO, 9),
            num(GB_NOTE_N_AGAIN, 5, restart_levels=(0,))]
    return XML_DECL + f'<w:numbering{ns_decl("w")}>' + "".join(abstracts + nums) + "</w:numbering>"


def build_gbt(path):
    d = Document()
    para = lambda text: d.p("GBPara", text)
    dash = lambda text: d.p("GBDash", text)

    # -- cover
    d.p("GBICS", "ICS 35.240.30；01.120")
    d.p("GBICS", "CCS L 70")
    d.p("GBDesignation", "中华人民共和国国家标准")
    d.p("GBIdentifier", "GB/T 45678.1—2026")
    d.p("GBSupersedes", "代替GB/T 45678.1—2021")
    d.p("GBTitle", "信息技术　标准化文件结构化表示　第1部分：条款模型")
    d.p("GBTitleEn", "Information technology — Structured representation of standardizing documents — Part 1: Clause model")
    d.p("GBAdoption", "（ISO/IEC 99998-1:2025，MOD）")
    d.p("GBStage", "（征求意见稿）")
    d.p("GBPublished", "2026-06-01发布")
    d.p("GBImplemented", "2027-01-01实施")
    d.p("GBIssuer", "国家市场监督管理总局")
    d.p("GBIssuer", "国家标准化管理委员会")
    d.p("GBIssuer", "发布", ppr_parts={"jc": jc("right")})

    # -- foreword
    d.p("GBSectionTitle", "前言")
    para("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    para("本文件是GB/T 45678《信息技术　标准化文件结构化表示》的第1部分。")
    para("本文件代替GB/T 45678.1—2021《信息技术　标准化文件结构化表示　第1部分：条款模型》，与GB/T 45678.1—2021相比，"
         "除结构调整和编辑性改动外，主要技术变化如下：")
    dash("增加了原样保留块（见4.3.3）；")
    dash("增加了结构化覆盖率的计算方法（见5.2）；")
    dash("删除了GBK编码的模型文件（见2021年版的6.3）。")
    para("本文件修改采用ISO/IEC 99998-1:2025《信息技术　标准化文件结构化表示　第1部分：条款模型》。")
    para("本文件与ISO/IEC 99998-1:2025的技术差异及其原因如下：")
    dash("用规范性引用的GB 18030替换了ISO/IEC 10646（见5.1），以符合我国的技术条件。")
    para("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    para("本文件由中国电子技术标准化研究院提出。")
    para("本文件由全国信息技术标准化技术委员会（SAC/TC 28）归口。")
    para("本文件起草单位：中国电子技术标准化研究院、北京标文数据技术有限公司、上海标准文献数字化研究中心。")
    para("本文件主要起草人：张明、李华、王晓燕、陈志强、刘洋。")
    para("本文件及其所代替文件的历次版本发布情况为：")
    dash("2021年首次发布为GB/T 45678.1—2021；")
    dash("本次为第一次修订。")

    # -- introduction
    d.p("GBSectionTitle", "引言")
    para("标准化文件通常以文字处理文档的形式起草和发布。这种形式便于阅读和印刷，但文件中的章、条、术语、表、图和公式没有稳定的标识，"
         "软件只有借助版式推断才知道文件的结构。")
    para("GB/T 45678《信息技术　标准化文件结构化表示》旨在确立标准化文件的结构化表示方法，拟由三个部分构成：")
    dash("第1部分：条款模型。目的在于确立表示标准化文件内容及其层次结构的数据模型。")
    dash("第2部分：校验规则。目的在于确立依据起草规则检查条款模型的规则集。")
    dash("第3部分：呈现。目的在于确立由条款模型生成HTML、PDF等版式的方法。")
    para("本文件中的条款模型为章、条、术语条目、表、图和公式分别赋予稳定标识符，使文件内容在交换、比对和检查中得以追溯。"
         "术语的表述参照了GB/T 20000.1—2014（见参考文献[1]）。")

    # -- title and clauses
    d.p("GBDocumentTitle", "信息技术　标准化文件结构化表示　第1部分：条款模型")
    d.p("GBChapter", "范围")
    para("本文件规定了标准化文件条款模型的结构、元素和块类型，以及稳定标识符的构成规则，描述了从文字处理文档导入时的映射方法。")
    para("本文件适用于国家标准、行业标准、地方标准和团体标准的结构化表示、交换和校验，其他标准化文件参照使用。")

    d.p("GBChapter", "规范性引用文件")
    para("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；"
         "不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    para("GB 18030　信息技术　中文编码字符集")
    para("GB/T 1.1—2020　标准化工作导则　第1部分：标准化文件的结构和起草规则")
    para("GB/T 7714　信息与文献　参考文献著录规则")

    d.p("GBChapter", "术语和定义")
    para("下列术语和定义适用于本文件。")
    d.p("GBTerm1", "标准化文件　standardizing document")
    para("以标准或标准化指导性技术文件等形式发布，为活动或其结果规定规则、指南或特性的文件")
    para("[来源：GB/T 20000.1—2014，5.2，有修改]")
    d.p("GBTerm1", "条款模型　clause model")
    para("以章、条和块为节点表示标准化文件内容及其层次关系的数据结构")
    d.p("GBNote", "条款模型中块的类型见4.3。")
    d.p("GBTerm1", "原样保留块　raw block")
    para("导入时无法映射到其他块类型，连同原始标记和来源位置一并保存的内容")
    d.p("GBNoteN", "原样保留块的内容不参与规则检查。")
    d.p("GBNoteN", "导入报告列出模型中的全部原样保留块。")

    d.p("GBChapter", "模型结构")
    d.p("GBSub1", "总体结构")
    para("条款模型由元数据、前言、章、附录和参考文献等元素构成，其层次结构见图1。")
    para("章、条的划分应符合GB/T 1.1—2020第7章的规定。")
    para("一个模型文件应包含下列顶层元素：")
    d.p("GBLetter1", "模型版本，取值为“1.0”；")
    d.p("GBLetter1", "元数据；")
    d.p("GBLetter1", "正文元素，包括：")
    d.p("GBDigit2", "前言和引言；")
    d.p("GBDigit2", "章；")
    d.p("GBDigit2", "附录；")
    d.p("GBLetter1", "资料性补充元素，即参考文献和索引。")
    d.picture("GBPara", "43fa477e93f47127cc1d3daf1dfd3ae777a4cb5ae8584a2f33aead52765d0699.png", 120, 75,
              "由文档、章、条和块四个层次组成的树形结构图",
              ppr_parts={"keepNext": "<w:keepNext/>", "spacing": spacing(before=120), "ind": ind(first_line_chars=0, first_line=0), "jc": jc("center")})
    d.p("GBKey", "说明：", ppr_parts={"ind": ind(left=420)})
    d.p("GBKey", "1——文档；")
    d.p("GBKey", "2——章；")
    d.p("GBKey", "3——条；")
    d.p("GBKey", "4——块。")
    d.p("GBFigureTitle", "条款模型的层次结构")

    d.p("GBSub1", "稳定标识符")
    para("模型中的章、条、附录、术语条目、表、图和公式均应具有稳定标识符。")
    para("同一模型文件中的稳定标识符不应重复。")
    para("修订文件时宜保留原有元素的稳定标识符。")
    d.p("GBNoteN", "稳定标识符与显示的编号相互独立，编号改变时标识符保持不变。", numbering=(GB_NOTE_N_AGAIN,))
    d.p("GBNoteN", "稳定标识符同时用作HTML锚点和URI片段标识符。", numbering=(GB_NOTE_N_AGAIN,))
    d.p("GBExample", "第4章第2条的稳定标识符为clause-4.2，表1的稳定标识符为table-1。")

    d.p("GBSub1", "块类型")
    d.p("GBSub2", "类型和属性")
    para("块的类型及其属性见表1。")
    para("每个块应以type属性标明其类型。")
    d.p("GBTableTitle", "块类型及其属性")
    merged = {"vmerge": "continue"}
    d.table([1400, 2600, 2000, GB_WIDTH - 6000], [
        ["类别", "块类型", "必备属性", "其他属性"],
        [("文字类", {"vmerge": "restart", "align": "center"}), "段（paragraph）", "text", "provisions"],
        [("", merged), "列项（list）", "items", "ordered、marker"],
        [("说明类", {"vmerge": "restart", "align": "center"}), "注（note）", ("—", {"align": "center"}), "number、blocks"],
        [("", merged), "示例（example）", ("—", {"align": "center"}), "number、title、blocks"],
        [("其他", {"align": "center"}), "原样保留块（raw）", ("kind；origin、text、format、content均为非必备属性", {"span": 2})],
    ], "GBTableText")
    d.p("GBNote", "表中的属性名与JSON Schema中的键名一致。")
    d.p("GBSub2", "列项")
    para("模型中的列项分为以下两种：")
    dash("有序列项，列项符号为“a)”“b)”等字母编号或“1)”“2)”等数字编号；")
    dash("无序列项，列项符号为破折号“——”或圆点“•”。")
    d.p("GBSub2", "原样保留块")
    para("导入时无法映射到其他块类型的内容应作为原样保留块保存。原样保留块不应被删除或改写。")

    d.p("GBChapter", "内容表示")
    d.p("GBSub1", "字符编码")
    para("模型文件的字符编码为UTF-8，所用字符应属于GB 18030规定的字符集。")
    para("全角标点符号宜原样保留。全角标点符号不宜替换为半角标点符号。")
    d.p("GBSub1", "结构化覆盖率")
    para("导入报告中的结构化覆盖率按公式（1）计算。")
    coverage = omath(mr("C") + mr("=") + mfrac(msub(mr("N"), mr("m", upright=True)), mr("N")) + mr("×100", upright=True)
                     + mr("%", upright=True))
    d.formula("GBFormula", coverage, "（1）")
    d.p("GBPara", "式中：", ppr_parts={"ind": ind(first_line_chars=0, first_line=0)})
    key_ind = {"ind": ind(left=840, first_line_chars=0, hanging=420)}
    d.p("GBPara", "*C*　——结构化覆盖率；", ppr_parts=key_ind)
    d.p("GBPara", "*N*~m~——源文件中映射到条款模型元素的段落数，单位为个；", ppr_parts=key_ind)
    d.p("GBPara", "*N*　——源文件中的段落总数，单位为个。", ppr_parts=key_ind)
    para("结构化覆盖率不宜低于95%。")
    d.p("GBNote", "目次、页眉和页脚中的段落不计入*N*。")
    d.p("GBSub1", "导入")
    para("从文字处理文档导入时，章、条的编号应依据段落样式和多级列表推断。导入映射的示例见附录A。")
    para("参考文献条目宜按GB/T 7714的规定著录。")

    # -- annex
    d.p("GBAnnexId", "\n（资料性）")
    d.p("GBAnnexTitle", "从文字处理文档导入的映射示例")
    d.p("GBAnnexSub1", "段落样式的映射")
    para("GB/T 1.1—2020模板中常见的段落样式及其映射到的模型元素举例如下：")
    dash("“标准文件_章标题”映射为章；")
    dash("“标准文件_一级条标题”映射为条；")
    dash("“标准文件_注：”映射为注；")
    dash("“标准文件_示例：”映射为示例。")
    d.p("GBAnnexSub1", "编号的来源")
    para("章、条和附录的编号，以及注、示例、列项、表和图的编号，由与段落样式关联的多级列表生成，不在文本中输入。")
    d.p("GBExample", "本附录的标识“附录A”和条编号“A.1”“A.2”均由多级列表生成。")

    # -- bibliography
    d.p("GBBiblioTitle", "参考文献")
    d.p("GBBiblioEntry", "GB/T 20000.1—2014　标准化工作指南　第1部分：标准化和相关活动的通用术语")

    d.write(path, gbt_styles(), gbt_numbering(), settings_part(420),
            header_part("GBHeader", "GB/T 45678.1—2026", "right"), footer_part("GBFooter"),
            section_properties(GB_MARGINS), "信息技术　标准化文件结构化表示　第1部分：条款模型", "zh-CN")



# ============================================================================================== ISO sample

CAMBRIA = "Cambria"
ISO_MARGINS = (1134, 1134, 1134, 1134)  # 20 mm all round
ISO_WIDTH = 11906 - ISO_MARGINS[1] - ISO_MARGINS[3]

# Numbering instances (w:numId) of the ISO sample.
ISO_HEADINGS, ISO_ANNEX, ISO_LETTER, ISO_DASH, ISO_BIBLIO = range(1, 6)


def iso_styles():
    bold = "<w:b/><w:bCs/>"
    s = []
    add = s.append
    add(style("Normal", "Normal", default=True, custom=False,
              ppr_xml=ppr(spacing=spacing(after=240, line=240), jc=jc("both"))))
    add(style("BodyText", "Body Text", based="Normal", custom=False))
    add(style("ForewordText", "Foreword Text", based="BodyText"))
    add(style("zzCover", "zzCover", based="Normal", ppr_xml=ppr(spacing=spacing(after=120), jc=jc("right")),
              rpr_xml=rpr(b=bold, sz=size(24))))
    add(style("ForewordTitle", "Foreword Title", based="Normal", next_style="ForewordText",
              ppr_xml=ppr(keepNext="<w:keepNext/>", pageBreakBefore="<w:pageBreakBefore/>", spacing=spacing(after=310),
                          jc=jc("left"), outlineLvl=outline(0)),
              rpr_xml=rpr(b=bold, sz=size(28))))
    add(style("IntroTitle", "Intro Title", based="ForewordTitle", next_style="BodyText"))
    add(style("zzSTDTitle", "zzSTDTitle", based="Normal", next_style="BodyText",
              ppr_xml=ppr(pageBreakBefore="<w:pageBreakBefore/>", spacing=spacing(after=360), jc=jc("left")),
              rpr_xml=rpr(b=bold, sz=size(32))))
    heading_rpr = rpr(b=bold, sz=size(26))
    add(style("Heading1", "heading 1", based="Normal", next_style="BodyText", custom=False,
              ppr_xml=ppr(keepNext="<w:keepNext/>", numPr=num_pr(ISO_HEADINGS, 0), spacing=spacing(before=270, after=240),
                          jc=jc("left"), outlineLvl=outline(0)),
              rpr_xml=heading_rpr))
    add(style("Heading2", "heading 2", based="Heading1", next_style="BodyText", custom=False,
              ppr_xml=ppr(numPr=num_pr(ISO_HEADINGS, 1), spacing=spacing(before=60, after=240), outlineLvl=outline(1)),
              rpr_xml=rpr(sz=size(22))))
    add(style("ANNEX", "ANNEX", based="Normal", next_style="BodyText",
              ppr_xml=ppr(keepNext="<w:keepNext/>", pageBreakBefore="<w:pageBreakBefore/>", numPr=num_pr(ISO_ANNEX, 0),
                          spacing=spacing(after=480), jc=jc("center"), outlineLvl=outline(0)),
              rpr_xml=rpr(b=bold, sz=size(28))))
    add(style("a2", "a2", based="Normal", next_style="BodyText",
              ppr_xml=ppr(keepNext="<w:keepNext/>", numPr=num_pr(ISO_ANNEX, 1), spacing=spacing(before=270, after=240),
                          jc=jc("left"), outlineLvl=outline(1)),
              rpr_xml=rpr(b=bold, sz=size(22))))
    add(style("TermNum", "TermNum", based="Normal", next_style="Terms",
              ppr_xml=ppr(keepNext="<w:keepNext/>", spacing=spacing(after=0), jc=jc("left")), rpr_xml=rpr(b=bold)))
    add(style("Terms", "Term(s)", based="Normal", next_style="Definition",
              ppr_xml=ppr(keepNext="<w:keepNext/>", spacing=spacing(after=0), jc=jc("left")), rpr_xml=rpr(b=bold)))
    add(style("AltTerms", "AltTerm(s)", based="Normal", next_style="Definition",
              ppr_xml=ppr(keepNext="<w:keepNext/>", spacing=spacing(after=0), jc=jc("left"))))
    add(style("DeprecatedTerms", "DeprecatedTerm(s)", based="Normal", next_style="Definition",
              ppr_xml=ppr(keepNext="<w:keepNext/>", spacing=spacing(after=0), jc=jc("left"))))
    add(style("Definition", "Definition", based="Normal", next_style="BodyText"))
    add(style("Source", "Source", based="Definition", next_style="BodyText", ppr_xml=ppr(jc=jc("left"))))
    add(style("Note", "Note", based="Normal", next_style="BodyText", ppr_xml=ppr(tabs=tabs(("left", 960))), rpr_xml=rpr(sz=size(20))))
    add(style("Example", "Example", based="Normal", next_style="BodyText", ppr_xml=ppr(tabs=tabs(("left", 1418))),
              rpr_xml=rpr(sz=size(20))))
    add(style("ListParagraph", "List Paragraph", based="Normal", custom=False,
              ppr_xml=ppr(spacing=spacing(after=120), ind=ind(left=720), contextualSpacing="<w:contextualSpacing/>")))
    add(style("Tabletitle", "Table title", based="Normal", next_style="Tablebody",
              ppr_xml=ppr(keepNext="<w:keepNext/>", spacing=spacing(before=120, after=120), jc=jc("center")), rpr_xml=rpr(b=bold)))
    add(style("FigureTitle", "Figure Title", based="Normal", next_style="BodyText",
              ppr_xml=ppr(spacing=spacing(before=120, after=240), jc=jc("center")), rpr_xml=rpr(b=bold)))
    add(style("Tablebody", "Table body", based="Normal", ppr_xml=ppr(spacing=spacing(before=60, after=60), jc=jc("left")),
              rpr_xml=rpr(sz=size(20))))
    add(style("Formula", "Formula", based="Normal", next_style="BodyText",
              ppr_xml=ppr(tabs=tabs(("center", ISO_WIDTH // 2), ("right", ISO_WIDTH)), spacing=spacing(after=220), jc=jc("left"))))
    add(style("RefNorm", "RefNorm", based="Normal", next_style="RefNorm"))
    add(style("BiblioTitle", "Biblio Title", based="Normal", next_style="BiblioEntry",
              ppr_xml=ppr(keepNext="<w:keepNext/>", pageBreakBefore="<w:pageBreakBefore/>", spacing=spacing(after=310),
                          jc=jc("center"), outlineLvl=outline(0)),
              rpr_xml=rpr(b=bold, sz=size(28))))
    add(style("BiblioEntry", "Biblio Entry", based="Normal", ppr_xml=ppr(numPr=num_pr(ISO_BIBLIO, 0), jc=jc("left"))))
    add(style("Header", "header", based="Normal", custom=False, ppr_xml=ppr(spacing=spacing(after=0), jc=jc("right")),
              rpr_xml=rpr(b=bold, sz=size(20))))
    add(style("Footer", "footer", based="Normal", custom=False, ppr_xml=ppr(spacing=spacing(after=0), jc=jc("center")),
              rpr_xml=rpr(sz=size(20))))
    defaults = ('<w:docDefaults><w:rPrDefault><w:rPr>' + fonts(CAMBRIA, CAMBRIA) + size(22)
                + '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>')
    return styles_part(defaults, s)


def iso_numbering():
    abstracts = [
        abstract_num(0, "49530001", "ISO headings", [
            lvl(0, "decimal", "%1", pstyle="Heading1", suff="tab", left=560, hanging=560),
            lvl(1, "decimal", "%1.%2", pstyle="Heading2", suff="tab", left=700, hanging=700),
            lvl(2, "decimal", "%1.%2.%3", suff="tab", left=880, hanging=880),
            lvl(3, "decimal", "%1.%2.%3.%4", suff="tab", left=1060, hanging=1060),
            lvl(4, "decimal", "%1.%2.%3.%4.%5", suff="tab", left=1240, hanging=1240),
            lvl(5, "decimal", "%1.%2.%3.%4.%5.%6", suff="tab", left=1420, hanging=1420),
        ]),
        abstract_num(1, "49530002", "ISO annexes", [
            lvl(0, "upperLetter", "Annex %1", pstyle="ANNEX", suff="nothing"),
            lvl(1, "decimal", "%1.%2", pstyle="a2", suff="tab", left=700, hanging=700),
            lvl(2, "decimal", "%1.%2.%3", suff="tab", left=880, hanging=880),
        ]),
        abstract_num(2, "49530003", "ISO lettered list", [
            lvl(0, "lowerLetter", "%1)", left=400, hanging=400),
            lvl(1, "decimal", "%2)", left=800, hanging=400),
        ]),
        abstract_num(3, "49530004", "ISO dash list", [lvl(0, "bullet", "\u2014", left=400, hanging=400)]),
        abstract_num(4, "49530005", "ISO bibliography", [lvl(0, "decimal", "[%1]", pstyle="BiblioEntry", suff="tab", left=660, hanging=660)]),
    ]
    nums = [num(ISO_HEADINGS, 0), num(ISO_ANNEX, 1), num(ISO_LETTER, 2), num(ISO_DASH, 3), num(ISO_BIBLIO, 4)]
    return XML_DECL + f'<w:numbering{ns_decl("w")}>' + "".join(abstracts + nums) + "</w:numbering>"


def build_iso(path):
    d = Document()
    body = lambda text: d.p("BodyText", text)
    dash = lambda text: d.p("ListParagraph", text, numbering=(ISO_DASH, 0))
    item = lambda text, level=0: d.p("ListParagraph", text, numbering=(ISO_LETTER, level))
    title = "Textiles — Yarn test methods — Part 1: Determination of moisture regain by the oven-drying method"

    # -- cover
    d.p("zzCover", "INTERNATIONAL STANDARD", ppr_parts={"spacing": spacing(before=600, after=240), "jc": jc("left")},
        run_rpr={"sz": size(36)})
    d.p("zzCover", "ISO 99999-1", run_rpr={"sz": size(40)})
    d.p("zzCover", "Second edition", ppr_parts={"spacing": spacing(before=240, after=0)})
    d.p("zzCover", "2026-10")
    d.p("zzCover", title, ppr_parts={"spacing": spacing(before=1800, after=240), "jc": jc("left")}, run_rpr={"sz": size(32)})
    d.p("zzCover", "Textiles — Méthodes d'essai des fils — Partie 1: Détermination de la reprise d'humidité par la méthode "
                   "de séchage à l'étuve", ppr_parts={"spacing": spacing(after=4800), "jc": jc("left")},
        run_rpr={"b": '<w:b w:val="0"/><w:bCs w:val="0"/>', "i": "<w:i/><w:iCs/>"})
    d.p("zzCover", "ICS 59.080.20", ppr_parts={"jc": jc("left")}, run_rpr={"b": '<w:b w:val="0"/><w:bCs w:val="0"/>', "sz": size(20)})
    d.p("zzCover", "Reference number\nISO 99999-1:2026(E)")

    # -- foreword
    d.p("ForewordTitle", "Foreword")
    fw = lambda text: d.p("ForewordText", text)
    fw("ISO (the International Organization for Standardization) is a worldwide federation of national standards bodies. "
       "Technical committees of ISO prepare International Standards; every member body interested in the subject of a "
       "committee has the right to be represented on it, and international organizations in liaison with ISO also take part "
       "in the work.")
    fw("The procedures used to develop this document and those intended for its further maintenance are described in the "
       "ISO/IEC Directives, Part 1. This document was drafted in accordance with the editorial rules of the ISO/IEC "
       "Directives, Part 2 (see [1]).")
    fw("ISO draws attention to the possibility that the implementation of this document can involve the use of one or more "
       "patents. ISO takes no position concerning the evidence, validity or applicability of any claimed patent rights in "
       "respect thereof. At the date of publication of this document, ISO had received no notice of patents relevant to its "
       "implementation.")
    fw("This document was prepared by Technical Committee ISO/TC 38, *Textiles*.")
    fw("This second edition cancels and replaces the first edition (ISO 99999-1:2019), which has been technically revised.")
    fw("The main changes are as follows:")
    dash("a lower drying temperature has been introduced for yarns containing elastane (see 7.2);")
    dash("a verification procedure for the drying oven has been added (see Annex A).")
    fw("A list of all parts in the ISO 99999 series can be found on the ISO website.")
    fw("Feedback or questions on this document are directed to the national standards body of the user. A complete listing "
       "of these bodies can be found at www.iso.org/members.html.")

    # -- introduction
    d.p("IntroTitle", "Introduction")
    body("Moisture regain strongly affects the mass, and therefore the price, of yarn traded by weight. Commercial mass is "
         "calculated from the oven-dry mass and an agreed regain (see, for example, ISO 6741-1 [3]), so a reproducible "
         "determination of moisture regain matters to buyers and sellers alike.")
    body("The ISO 99999 series specifies methods for testing yarns. This document describes the reference method, in which "
         "specimens are dried and weighed inside a ventilated oven.")

    # -- clauses
    d.p("zzSTDTitle", title)
    d.p("Heading1", "Scope")
    body("This document specifies a method for determining the moisture regain of yarns by drying specimens in a ventilated "
         "oven and weighing them without removing them from the oven.")
    body("It is applicable to single and plied yarns of natural fibres, man-made fibres and their blends, taken from packages "
         "or skeins.")
    body("This document does not apply to yarns containing more than 5 % (by mass) of finishing agents that are volatile at "
         "the drying temperature.")

    d.p("Heading1", "Normative references")
    body("The following documents are referred to in the text in such a way that some or all of their content constitutes "
         "requirements of this document. For dated references, only the edition cited applies. For undated references, the "
         "latest edition of the referenced document (including any amendments) applies.")
    d.p("RefNorm", "ISO 139:2005, *Textiles — Standard atmospheres for conditioning and testing*")
    d.p("RefNorm", "ISO 2060, *Textiles — Yarn from packages — Determination of linear density (mass per unit length) by the skein method*")
    d.p("RefNorm", "ISO 80000-1, *Quantities and units — Part 1: General*")

    d.p("Heading1", "Terms and definitions")
    body("For the purposes of this document, the following terms and definitions apply.")
    body("ISO and IEC maintain terminology databases for use in standardization at the following addresses:")
    dash("ISO Online browsing platform: available at https://www.iso.org/obp")
    dash("IEC Electropedia: available at https://www.electropedia.org/")
    d.p("TermNum", "3.1")
    d.p("Terms", "moisture regain")
    d.p("AltTerms", "regain")
    d.p("Definition", "mass of water in a material, expressed as a percentage of the *oven-dry mass* (3.2) of the material")
    d.p("Note", "Note 1 to entry: Moisture regain differs from moisture content, which is the mass of water expressed as a "
                "percentage of the mass of the undried material.")
    d.p("Note", "Note 2 to entry: The agreed regain used in trade is a conventional value and is not determined by the method "
                "specified in this document.")
    d.p("TermNum", "3.2")
    d.p("Terms", "oven-dry mass")
    d.p("Definition", "*constant mass* (3.3) of a specimen after drying in a ventilated oven at a specified temperature")
    d.p("Source", "[SOURCE: ISO 6741-1:1989, 3.2, modified — The reference to the drying temperature has been added.]")
    d.p("TermNum", "3.3")
    d.p("Terms", "constant mass")
    d.p("Definition", "mass reached when two successive weighings of a specimen, made at a specified interval, differ by less "
                      "than a specified percentage of the later mass")
    d.p("Example", "EXAMPLE\tA difference of less than 0,05 % between two weighings made 15 min apart.")
    d.p("TermNum", "3.4")
    d.p("Terms", "conditioned mass")
    d.p("DeprecatedTerms", "DEPRECATED: air-dry mass")
    d.p("Definition", "mass of a specimen in moisture equilibrium with the standard atmosphere for testing")
    d.p("Note", "Note 1 to entry: Moisture equilibrium is usually reached after 24 h of conditioning.")
    d.p("Source", "[SOURCE: ISO 139:2005, 3.2, modified — Note 1 to entry has been added.]")

    d.p("Heading1", "Principle")
    body("Specimens are dried in a ventilated oven at a specified temperature until their mass is constant. The specimens are "
         "weighed inside the oven, so that they take up no moisture from the atmosphere during weighing. The moisture regain "
         "is calculated from the mass before drying and the oven-dry mass.")

    d.p("Heading1", "Apparatus")
    d.p("Heading2", "Drying oven")
    body("Ventilated oven, capable of maintaining a temperature of (105 ± 2) °C throughout the working space, with a balance "
         "mounted above the oven chamber so that the weighing basket is weighed without being removed from the oven. A typical "
         "arrangement is shown in Figure 1.")
    body("The air flow through the oven shall be at least one change of the chamber volume per minute.")
    body("The oven shall be verified in accordance with Annex A before first use and at least once a year.")
    d.picture("BodyText", "da08edc207b6b63e4f05a5e4a0d8e1087fec0a1dcbb41ae58e5e904e074d871c.png", 110, 75.6,
              "Schematic drawing of a balance mounted above an oven chamber, with a weighing basket hanging from the balance on "
              "a suspension wire and an air inlet at the bottom of the chamber",
              ppr_parts={"keepNext": "<w:keepNext/>", "spacing": spacing(before=120, after=120), "jc": jc("center")})
    d.p("BodyText", "Key", ppr_parts={"keepNext": "<w:keepNext/>", "spacing": spacing(after=0)}, run_rpr={"sz": size(20)})
    for line in ("1\tbalance", "2\tsuspension wire", "3\tweighing basket", "4\toven chamber", "5\tair inlet"):
        d.p("BodyText", line, ppr_parts={"keepNext": "<w:keepNext/>", "tabs": tabs(("left", 400)), "spacing": spacing(after=0)},
            run_rpr={"sz": size(20)})
    d.p("FigureTitle", "Figure 1 — Typical arrangement of the drying oven and balance")
    d.p("Heading2", "Balance")
    body("Balance, with a resolution of 0,001 g or better, mounted so that it weighs the basket inside the oven.")
    d.p("Heading2", "Weighing baskets")
    body("Weighing baskets, of wire mesh, each with a mass of less than 50 g. The baskets shall not touch the walls of the oven "
         "during weighing.")

    d.p("Heading1", "Test specimens")
    d.p("Heading2", "Sampling")
    body("Take laboratory samples as agreed between the parties concerned. In the absence of an agreement, the sampling "
         "procedures of ISO 1130 [2] may be used.")
    body("Laboratory samples should be kept in closed containers until they are conditioned.")
    d.p("Heading2", "Number and mass of specimens")
    body("Determine the linear density of the yarn in accordance with ISO 2060. From each laboratory sample, prepare three "
         "specimens of the mass given in Table 1.")
    d.p("Tabletitle", "Table 1 — Specimen mass")
    d.table([4000, 2819, 2819], [
        [("Linear density of yarn", {"vmerge": "restart", "align": "left"}), ("Specimen mass, g", {"span": 2})],
        [("", {"vmerge": "continue"}), "minimum", "maximum"],
        ["less than 20 tex", ("10", {"align": "center"}), ("15", {"align": "center"})],
        ["20 tex to 100 tex", ("20", {"align": "center"}), ("30", {"align": "center"})],
        ["more than 100 tex", ("40", {"align": "center"}), ("60", {"align": "center"})],
    ], "Tablebody", header_rows=2)
    d.p("Note", "NOTE\tThe masses apply to the conditioned specimens.", ppr_parts={"spacing": spacing(before=120)})

    d.p("Heading1", "Procedure")
    d.p("Heading2", "Conditioning")
    body("Condition the specimens for at least 24 h in the standard atmosphere for testing specified in ISO 139:2005.")
    body("Yarns with a regain above 10 % should be preconditioned at a relative humidity below 10 % before conditioning.")
    body("Weigh each conditioned specimen to the nearest 0,001 g and record its conditioned mass, *m*~1~.")
    d.p("Heading2", "Drying")
    body("Place the specimen in a weighing basket (5.3) and put the basket in the oven, preheated to (105 ± 2) °C. For yarns "
         "containing elastane, a drying temperature of (90 ± 2) °C shall be used.")
    body("Weigh the basket with the specimen inside the oven at intervals of 15 min, with the air flow switched off during "
         "each weighing. The oven door need not be opened between weighings.")
    body("Continue drying until the mass is constant (see 3.3). The last mass recorded is the oven-dry mass, *m*~0~.")
    d.p("Note", "NOTE 1\tFor most yarns, constant mass is reached within 2 h.")
    d.p("Note", "NOTE 2\tLong drying times can cause thermal degradation of some man-made fibres.")

    d.p("Heading1", "Calculation and expression of results")
    d.p("Heading2", "Calculation")
    body("Calculate the moisture regain, *R*, of each specimen, in percent, using Formula (1):")
    m1, m0 = msub(mr("m"), mr("1")), msub(mr("m"), mr("0"))
    regain = omath(mr("R") + mr("=") + mfrac(m1 + mr("−") + m0, m0) + mr("×100"))
    d.formula("Formula", regain, "(1)")
    d.p("BodyText", "where", ppr_parts={"keepNext": "<w:keepNext/>", "spacing": spacing(after=0)})
    where = {"tabs": tabs(("left", 800)), "spacing": spacing(after=0), "ind": ind(left=800, hanging=400)}
    d.p("BodyText", "*R*\tis the moisture regain, in percent;", ppr_parts=where)
    d.p("BodyText", "*m*~1~\tis the mass of the specimen before drying, in grams;", ppr_parts=where)
    d.p("BodyText", "*m*~0~\tis the oven-dry mass of the specimen, in grams.", ppr_parts=dict(where, spacing=spacing(after=240)))
    d.p("Heading2", "Expression of results")
    body("Calculate the mean of the three results and round it to the nearest 0,1 % in accordance with ISO 80000-1. If an "
         "individual result differs from the mean by more than 0,5 %, test three further specimens and report the mean of "
         "all six results.")
    d.p("Example", "EXAMPLE 1\tIndividual results of 8,42 %, 8,47 % and 8,51 % give a mean of 8,466 7 %, which is reported "
                   "as 8,5 %.")
    d.p("Example", "EXAMPLE 2\tIndividual results of 7,6 %, 8,6 % and 8,5 % give a mean of 8,23 %; the first result differs "
                   "from the mean by 0,63 %, so three further specimens are tested.")

    d.p("Heading1", "Test report")
    body("The test report shall include at least the following information:")
    item("a reference to this document, i.e. ISO 99999-1;")
    item("all details necessary for the complete identification of the yarn tested;")
    item("the test conditions, including:")
    item("the drying temperature;", 1)
    item("the drying time needed to reach constant mass;", 1)
    item("the individual results and the mean moisture regain, in percent;")
    item("any deviation from the procedure specified in this document;")
    item("the date of the test.")
    body("In some jurisdictions, test reports used for invoicing commercial mass must be issued by an accredited laboratory.")

    # -- annex
    d.p("ANNEX", "\n(normative)\n\nVerification of the drying oven")
    d.p("a2", "Principle")
    body("The temperature is measured at nine positions in the working space of the loaded oven and compared with the set "
         "temperature.")
    d.p("a2", "Procedure")
    body("Load the oven with empty weighing baskets and operate it at the set temperature for at least 1 h. Then measure the "
         "temperature at nine positions: four at the upper corners, one at the centre and four at the lower corners of the "
         "working space, each 50 mm from the walls.")
    body("The difference between any measured temperature and the set temperature shall not exceed 2 °C.")

    # -- bibliography
    d.p("BiblioTitle", "Bibliography")
    d.p("BiblioEntry", "ISO/IEC Directives, Part 2, *Principles and rules for the structure and drafting of ISO and IEC documents*")
    d.p("BiblioEntry", "ISO 1130, *Textile fibres — Some methods of sampling for testing*")
    d.p("BiblioEntry", "ISO 6741-1:1989, *Textiles — Fibres and yarns — Determination of commercial mass of consignments — "
                       "Part 1: Mass determination and calculations*")

    d.write(path, iso_styles(), iso_numbering(), settings_part(403),
            header_part("Header", "ISO 99999-1:2026(E)", "right"), footer_part("Footer"),
            section_properties(ISO_MARGINS), title, "en")


def main(argv):
    out = argv[1] if len(argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    for name, build in (("gbt-sample.docx", build_gbt), ("iso-sample.docx", build_iso)):
        target = os.path.join(out, name)
        build(target)
        print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv)
