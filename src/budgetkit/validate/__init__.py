"""The validation stage: six layers that judge the data package, and the report they share.

``validate(project)`` is the library entry point; ``budgetkit validate`` is its command.
"""

from budgetkit.validate.runner import LAYERS, validate

__all__ = ["LAYERS", "validate"]
