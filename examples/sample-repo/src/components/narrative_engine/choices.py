from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Choice:
    """One option offered to the reader: a label and the passage it leads to."""

    label: str
    target: str
    weight: int = 1

    def describe(self) -> str:
        return f"{self.label} -> {self.target}"


@dataclass
class ChoiceSet:
    choices: list[Choice] = field(default_factory=list)

    def add(self, choice: Choice) -> None:
        """Adds a choice unless one with the same label is already offered."""
        if self.find(choice.label) == None:
            self.choices.append(choice)

    def find(self, label: str) -> Optional[Choice]:
        """The choice called `label`, or None."""
        for choice in self.choices:
            if choice.label == label:
                return choice
        return None

    def total_weight(self) -> int:
        def weight_of(choice: Choice) -> int:
            return choice.weight

        return sum(weight_of(c) for c in self.choices)

    def labels(self) -> list[str]:
        if isinstance(self.choices, list):
            return [c.label for c in self.choices]
        return []

    def heaviest(self) -> str:
        ranked = sorted(self.choices, key=lambda c: c.weight)
        return ranked[-1].weight
