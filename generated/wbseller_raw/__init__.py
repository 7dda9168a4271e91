"""Raw WB API clients generated from specs/ (one subpackage per WB host). Do not edit.

Use them through wbseller.Client (`client.<category>.raw`), which adds auth, rate limits,
retries and error mapping."""

SPECS = ('calendar', 'content', 'general', 'marketplace', 'media', 'prices', 'promotion', 'wbd',)
