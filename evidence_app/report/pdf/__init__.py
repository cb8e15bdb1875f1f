"""The chain-of-custody PDF, rendered in parts (bounded memory) and joined."""

from evidence_app.report.pdf.report import render_report

__all__ = ["render_report"]
