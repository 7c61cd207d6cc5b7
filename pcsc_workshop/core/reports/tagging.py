"""A tagged PDF from reportlab's output: a structure tree of headings, paragraphs, tables and
figures, page furniture marked as artifacts.

reportlab 5.1 has no tagging API, but its catalogue accepts `/StructTreeRoot` and
`/MarkInfo`, and everything a frame draws goes through `Frame._add`. So `TaggingFrame` wraps
each flowable it places in a marked-content sequence (`/P <</MCID n>> BDC ... EMC`), the
canvas (`TaggedCanvas`) remembers per page which structure type each MCID has, and when the
document is saved it writes the structure tree: one element per flowable (H1, H2, P, Table,
Figure with its /Alt text, TOC), in reading order, each pointing at its page and MCID, with
the `/ParentTree` and each page's `/StructParents`. Footers, page numbers and rules are
`/Artifact`s, so a screen reader skips them.

What it does not do: a table is one `Table` element (no TR/TH/TD children: reportlab draws
cells without a hook per cell), and a paragraph split over two pages is two `P` elements.
"""

from __future__ import annotations

from typing import Any, Literal

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFString,
)
from reportlab.platypus import Frame
from reportlab.platypus.flowables import Flowable


class _Raw(PDFObject):
    """A PDF token written as is (`true`)."""

    def __init__(self, token: str) -> None:
        self.token = token

    def format(self, document: PDFDocument) -> bytes:
        return self.token.encode("ascii")


_HEADINGS = {"title": "H1", "h1": "H1", "h2": "H2", "toc0": "P"}


def tag_for(flowable: Flowable) -> tuple[str | None, str | None]:
    """(structure type, alt text) of a flowable; (None, None) for layout-only flowables."""
    chosen = getattr(flowable, "pdf_tag", None)  # set where the type alone would mislead
    if chosen:
        return chosen, None
    alt = getattr(flowable, "alt_texts", None)
    if alt:
        return "Figure", alt[0]
    name = type(flowable).__name__
    if name in ("Spacer", "PageBreak", "CondPageBreak", "ContentsSpot", "NullDraw",
                "_ContainerSpace", "FrameBreak", "SlowPageBreak"):
        return None, None
    if name in ("HRFlowable",):
        return "Artifact", None
    if hasattr(flowable, "_cellvalues"):
        return "Table", None
    if hasattr(flowable, "contents") and name == "Drawing" or "Drawing" in name:
        return "Figure", None
    style = getattr(flowable, "style", None)
    style_name = getattr(style, "name", "") or ""
    if getattr(flowable, "toc_level", None) is not None or getattr(flowable, "plan_heading",
                                                                    False):
        level = getattr(flowable, "toc_level", 0) or 0
        return ("H1" if level == 0 else "H2"), None
    return _HEADINGS.get(style_name.split("-")[0], "P"), None


class TaggedCanvasMixin:
    """Canvas side: MCIDs per page and the structure tree written at save time."""

    # What the reportlab Canvas this is mixed into provides (private: not in its stubs).
    _code: list[str]
    _doc: PDFDocument

    def _tag_pages(self) -> list[list[tuple[str, str | None]]]:
        pages = self.__dict__.get("_tagged_pages")
        if pages is None:
            pages = self.__dict__["_tagged_pages"] = []
        return pages

    def begin_tag(self, tag: str, alt: str | None = None, page: int | None = None) -> int:
        if tag == "Artifact":
            self._code.append("/Artifact BMC")
            return -1
        pages = self._tag_pages()
        index = len(getattr(self, "_pages", ())) if page is None else page
        while len(pages) <= index:
            pages.append([])
        mcid = len(pages[index])
        pages[index].append((tag, alt))
        self._code.append(f"/{tag} <</MCID {mcid}>> BDC")
        return mcid

    def end_tag(self) -> None:
        self._code.append("EMC")

    def cancel_tag(self, mcid: int, page: int | None = None) -> None:
        if mcid < 0:
            return
        pages = self._tag_pages()
        index = len(getattr(self, "_pages", ())) if page is None else page
        if pages and index < len(pages) and len(pages[index]) == mcid + 1:
            pages[index].pop()

    def write_structure(self, page_count: int) -> None:
        """The structure tree, once every page has been shown (call before `save`); the
        language is the catalogue's /Lang (set by the document template)."""
        doc = self._doc
        pages = self._tag_pages()
        root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_ref = doc.Reference(root, "StructTreeRoot")
        kids, nums = [], []
        for index in range(page_count):
            page_ref = PDFObjectReference(f"Page{index + 1}")
            elements = []
            for mcid, (tag, alt) in enumerate(pages[index] if index < len(pages) else []):
                element = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(tag),
                                         "P": root_ref, "Pg": page_ref, "K": mcid})
                if alt:
                    element.dict["Alt"] = PDFString(alt)
                ref = doc.Reference(element, f"StructElem{index}_{mcid}")
                elements.append(ref)
                kids.append(ref)
            nums += [index, PDFArray(elements)]
            # Pages and Catalog: set by PDFDocument.__init__, missing from its stubs
            page = doc.Pages.pages[index]  # type: ignore[attr-defined]
            page.__NoDefault__ = [*page.__NoDefault__, "StructParents"]
            page.StructParents = index
        parent_tree = PDFDictionary({"Nums": PDFArray(nums)})
        root.dict["K"] = PDFArray(kids)
        root.dict["ParentTree"] = doc.Reference(parent_tree, "StructParentTree")
        root.dict["ParentTreeNextKey"] = page_count
        catalog = doc.Catalog  # type: ignore[attr-defined]
        catalog.StructTreeRoot = root_ref
        catalog.MarkInfo = PDFDictionary({"Marked": _Raw("true")})


class TaggingFrame(Frame):
    """A frame that wraps each flowable it draws in a marked-content sequence."""

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0  # noqa: N803
             ) -> Literal[0, 1]:  # canv: a TaggedCanvasMixin canvas, or one not tagged
        begin = getattr(canv, "begin_tag", None)
        tag, alt = tag_for(flowable)
        if begin is None or tag is None:
            return super()._add(flowable, canv, trySplit)  # type: ignore[misc]  # private
        mark = len(canv._code)
        mcid = begin(tag, alt)
        placed = super()._add(flowable, canv, trySplit)  # type: ignore[misc]  # (stubs)
        if placed:
            canv.end_tag()
        else:  # it did not fit here: no empty element
            del canv._code[mark:]
            canv.cancel_tag(mcid)
        return placed

    add = _add  # reportlab's Frame binds `add` to its own `_add`
