"""Write the README's table of resources and fields from the package's Table Schemas.

    python scripts/readme_tables.py          # rewrite the part of README.md between the markers
    python scripts/readme_tables.py --check  # exit 1 if README.md is not current (the tests run this)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from statclaims.dataset import RESOURCES
from statclaims.package import RESOURCE_TITLES, schema

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- resources:start -->", "<!-- resources:end -->"


def tables() -> str:
    parts = []
    for name in RESOURCES:
        table = schema(name)
        title = RESOURCE_TITLES[name].split(": ", 1)[1]
        key = ", ".join(table["primaryKey"])
        links = "; ".join(f"{', '.join(fk['fields'])} → {fk['reference']['resource']}"
                          for fk in table.get("foreignKeys", []))
        parts.append(f"### `{name}`: {title}\n\n`data/{name}.csv` and `data/{name}.parquet`. Key: {key}."
                     + (f" Links: {links}." if links else "") + "\n\n| field | type | description |\n| --- | --- | --- |")
        for field in table["fields"]:
            codes = ""
            if "categories" in field:
                codes = " Codes: " + ", ".join(f"`{c['value']}`" for c in field["categories"]) + "."
            parts.append(f"| `{field['name']}` | {field['type']} | {field['description']}.{codes} |")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def render(readme: str) -> str:
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{tables()}{END}{after}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    if args.check:
        if wanted != current:
            print("README.md: the resource tables are not current; run python scripts/readme_tables.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
