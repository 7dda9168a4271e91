"""Raw WB API clients generated from specs/ (one subpackage per WB host). Do not edit.

Use them through wbseller.Client (`client.<category>.raw`), which adds auth, rate limits,
retries and error mapping."""

SPECS = ('analytics', 'calendar', 'chat', 'content', 'documents', 'feedbacks', 'finance', 'general', 'marketplace', 'media', 'prices', 'promotion', 'returns', 'statistics', 'supplies', 'wbd',)
