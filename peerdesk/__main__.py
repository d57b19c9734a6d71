from peerdesk.cli.main import main

raise SystemExit(main())
