"""carekb: a patient community's discussions and reviewed answers, as a static knowledge base.

The pipeline's stages are modules named after them: ``read`` (exports in), ``moderate``,
``anonymize``, ``model`` (typed records), ``load`` (content/ to records, validated),
``render`` (records to a plain MkDocs docs tree), ``build`` (MkDocs to ``site/``).
"""

__version__ = "0.1.0"
