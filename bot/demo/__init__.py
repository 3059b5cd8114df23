"""The demo client: Cycles Colibri and its ambassador program « Les Éclaireurs »."""
