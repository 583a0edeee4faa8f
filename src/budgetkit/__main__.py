"""``python -m budgetkit``: the same as the ``budgetkit`` command."""

from budgetkit.cli import main

main()
