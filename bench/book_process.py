"""The book's chapter-6 code as one process, the reference for timing ``main.py --headless``
as a whole process: the book loads the data with scikit-learn (load_breast_cancer, the two
stratified splits, StandardScaler on the 364 training rows), then runs its 500-epoch batch-32
loop (``bench/book_loop.py``) and prints the final losses.

Usage, from the repository root: ``python bench/book_process.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from book_loop import book_train
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

cancer = load_breast_cancer()
x_all, x_test, y_all, y_test = train_test_split(
    cancer.data, cancer.target, stratify=cancer.target, test_size=0.2, random_state=42
)
x_train, x_val, y_train, y_val = train_test_split(
    x_all, y_all, stratify=y_all, test_size=0.2, random_state=42
)
scaler = StandardScaler().fit(x_train)
losses, val_losses, _ = book_train(
    scaler.transform(x_train), y_train, scaler.transform(x_val), y_val, l2=0.01, epochs=500
)
print(losses[-1], val_losses[-1])
