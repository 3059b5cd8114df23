"""A form with every field kind, shared by the platform harnesses' probe skills."""

from __future__ import annotations

from bot.core.messages import Choice, FieldKind, Form, FormField

PROBE_FORM = Form(
    form_id="probe.form",
    title="Atelier : idées",
    fields=(
        FormField("idea", "Votre idée", kind=FieldKind.LONG_TEXT),
        FormField("count", "Combien de personnes ?", kind=FieldKind.NUMBER),
        FormField(
            "kind",
            "Type",
            kind=FieldKind.SELECT,
            options=(Choice("Produit", "product"), Choice("Service", "service")),
            required=False,
        ),
    ),
    submit_label="Envoyer",
)
