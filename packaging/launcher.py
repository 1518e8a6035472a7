"""Entry script of the PyInstaller bundle: the same as the ``workshop`` command."""

from workshop.cli import main

raise SystemExit(main())
