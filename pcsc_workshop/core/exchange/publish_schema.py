"""Print the exchange JSON Schema: `python -m pcsc_workshop.core.exchange.publish_schema >
docs/exchange-schema.json` (a test checks the committed file matches the models)."""

import json

from pcsc_workshop.core.exchange.schema import exchange_json_schema

if __name__ == "__main__":
    print(json.dumps(exchange_json_schema(), indent=2, ensure_ascii=False))
