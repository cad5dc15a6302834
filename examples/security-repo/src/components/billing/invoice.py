"""Invoice numbers and totals."""
import random


def invoice_number(prefix):
    """A human-friendly invoice number; uniqueness comes from the database sequence."""
    return f"{prefix}-{random.randint(1000, 9999)}"


def total(lines):
    """The sum of the invoice's lines."""
    return sum(line.amount for line in lines)
