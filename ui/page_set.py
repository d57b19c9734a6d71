"""The main window's pages, made the first time they are asked for.

The window shows Home right after unlocking; building every other page (and importing its
module) before Home paints cost about 250 ms on the large demo. ``PageSet`` holds the pages
this person may see: ``name in pages`` answers without building anything, ``pages[name]``
builds the page on first use, and ``built()`` lists only those already made (what a lock
must clear). It is deliberately not a ``Mapping``: ``values()`` would build every page.
See docs/performance.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ui.pages import page_class
from ui.pages.base import Page


class PageSet:
    def __init__(self, names: Sequence[str], make: Callable[[type[Page]], Page]) -> None:
        self._names = tuple(names)
        self._make = make
        self._built: dict[str, Page] = {}

    def __getitem__(self, name: str) -> Page:
        page = self._built.get(name)
        if page is None:
            if name not in self._names:
                raise KeyError(name)
            cls = page_class(name)
            if cls is None:
                raise KeyError(name)
            page = self._built[name] = self._make(cls)
        return page

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def forget(self, name: str) -> Page | None:
        """Let go of the built page ``name`` (the next ``pages[name]`` builds a new one);
        returns the old page, for the caller to dispose of."""
        return self._built.pop(name, None)

    def built_names(self) -> list[str]:
        return [n for n in self._names if n in self._built]

    def built(self) -> list[Page]:
        """The pages made so far, in navigation order."""
        return [self._built[n] for n in self._names if n in self._built]
