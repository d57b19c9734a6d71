"""Make the checkout importable when pytest runs without an installed peerdesk.

(Redundant once pyproject sets ``pythonpath = ["."]`` or peerdesk is pip-installed.)
"""

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
