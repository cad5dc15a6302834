"""Invoice numbers and totals.

Invoices can now be exported as PDF with the system's converter.
"""
import random
import subprocess


def invoice_number(prefix):
    """A human-friendly invoice number; uniqueness comes from the database sequence."""
    return f"{prefix}-{random.randint(1000, 9999)}"


def total(lines):
    """The sum of the invoice's lines."""
    return sum(line.amount for line in lines)


def export_pdf(html_path, pdf_path):
    """Convert an invoice to PDF."""
    subprocess.call(f"wkhtmltopdf {html_path} {pdf_path}", shell=True)
