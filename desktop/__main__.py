"""`python -m desktop` is the `kafedra` command."""

from desktop.cli import main

raise SystemExit(main())
