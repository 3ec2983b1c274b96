"""The rule docs site: Markdown pages generated from spec/, built with mkdocs-material, fully offline."""
