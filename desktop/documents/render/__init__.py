"""Turning a DocumentSpec into bytes: PDF with reportlab, DOCX with python-docx."""
