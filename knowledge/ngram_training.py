"""Training a `LinearNgramModel` (scikit-learn, deterministic; needed at build time only)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from knowledge.ngram_model import LinearNgramModel, NgramFeatures


@dataclass(frozen=True, slots=True)
class TrainingSettings:
    """Averaged SGD on the logistic loss, one-vs-rest, balanced classes, fixed seed."""

    min_document_frequency: Mapping[str, int]  # per block prefix ("w:", "c:")
    alpha: float
    average: bool
    epochs: int
    seed: int = 0

    def describe(self) -> str:
        """Recorded in an artifact's digest: changing a setting makes it stale."""
        return (
            f"sgd-log alpha={self.alpha} average={self.average} epochs={self.epochs} "
            f"seed={self.seed} min_df={dict(self.min_document_frequency)}"
        )


def fit(
    features: NgramFeatures,
    texts: Sequence[str],
    labels: Sequence[str],
    settings: TrainingSettings,
    digest: str = "",
) -> LinearNgramModel:
    """A TF-IDF + logistic model of `labels` given `texts` (same order, same result)."""
    # Imported here: scikit-learn is needed to build a model, not to use it.
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import SGDClassifier

    vectorizers = [
        TfidfVectorizer(
            analyzer=extract,
            sublinear_tf=True,
            min_df=settings.min_document_frequency[prefix],
        )
        for prefix, extract in features.blocks()
    ]
    matrix = hstack([v.fit_transform(texts) for v in vectorizers]).tocsr()
    classifier = SGDClassifier(
        loss="log_loss",
        alpha=settings.alpha,
        max_iter=settings.epochs,
        tol=None,
        class_weight="balanced",
        random_state=settings.seed,
        average=settings.average,
    )
    classifier.fit(matrix, list(labels))
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:  # one decision function: the second class's
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    vocabulary = [f for v in vectorizers for f in v.get_feature_names_out().tolist()]
    return LinearNgramModel(
        features,
        vocabulary,
        np.concatenate([v.idf_ for v in vectorizers]),
        coef,
        intercept,
        [str(c) for c in classifier.classes_],
        digest,
    )
