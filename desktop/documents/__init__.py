"""Kafedra's documents: programmes, certificates, resolutions, attendance sheets and badges as PDF and DOCX.

Each document is described once (`spec.DocumentSpec`) by a builder and rendered by `render.pdf` and
`render.docx_writer`. Callers use `registry`: `prepare(session, kind, seminar_id)` then
`render_files(kind, prepared, Format.PDF)`. Importing this package loads nothing heavy.
"""
