"""``python -m components.player_experience``: run the service."""

from .service import main

raise SystemExit(main())
