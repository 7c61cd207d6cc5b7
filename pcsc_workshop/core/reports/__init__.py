"""PDF documents and exports: fonts, text in any script, one module per document.

Nothing here is imported at start-up: reportlab takes ~0.2 s to import, so the UI and the
CLI import these modules only when a user exports something.
"""
