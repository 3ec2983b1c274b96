"""mkdocs hooks for the generated site (named in its mkdocs.yml).

A region page's tables are written beside the Markdown (tables/<code>.html, next to docs/) and put
into the built page last, in place of pages.TABLES. Markdown and the search index never parse them:
at thousands of regions, parsing those repeated tables was most of the build, and indexing them
made the search index grow with every region times every rule.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from yibao.site.pages import TABLES

_pages: set[str] = set()


def on_files(files: Any, config: Any) -> Any:
    _pages.clear()
    _pages.update(f.dest_uri for f in files if f.dest_uri.endswith(".html"))
    return files


def on_post_page(output: str, page: Any, config: Any) -> str:
    if TABLES not in output:
        return output
    name = Path(page.file.src_uri)
    tables = (Path(config["docs_dir"]).parent / "tables" / name.name).with_suffix(".html").read_text(encoding="utf-8")
    # The tables' links were not seen by mkdocs' link check: check that each names a page of the site.
    folder = posixpath.dirname(page.file.dest_uri)
    for href in set(re.findall(r'href="([^"#]+)', tables)):
        if posixpath.normpath(posixpath.join(folder, href)) not in _pages:
            raise PluginError(f"{page.file.src_uri}: link to {href}, which is not a page of the site")
    return output.replace(TABLES, tables, 1)
