"""Workshop packs out, plan bundles back: the exchange actions, dialogs and drop-folder watcher.

Thin over `pcsc_workshop.core.exchange`; the main window calls `install_exchange_actions`.
"""

from pcsc_workshop.ui.exchange.actions import ExchangeActions, install_exchange_actions

__all__ = ["ExchangeActions", "install_exchange_actions"]
