-- pgbench script: the queries of bench/queries.txt answered by PostgreSQL full-text search over the
-- published reports' texts ('simple' configuration, the corpus being in four languages): the top 20
-- by rank and the number of matches, what the search page shows besides its facets and snippets.
\set q random(1, 8)
select r.id, ts_rank(to_tsvector('simple', t.body), q.query) as rank
from report_text t join report r on r.id = t.report_id,
     (select (array[websearch_to_tsquery('simple', 'migration'), websearch_to_tsquery('simple', 'derechos humanos'),
                    websearch_to_tsquery('simple', 'energy renewable'), websearch_to_tsquery('simple', 'health -tobacco'),
                    to_tsquery('simple', 'migr:*'), websearch_to_tsquery('simple', 'climate change'),
                    websearch_to_tsquery('simple', 'formation professionnelle'),
                    websearch_to_tsquery('simple', 'agua potable')])[:q] as query) q
where r.status = 'published' and to_tsvector('simple', t.body) @@ q.query
order by rank desc limit 20;
select count(*)
from report_text t join report r on r.id = t.report_id,
     (select (array[websearch_to_tsquery('simple', 'migration'), websearch_to_tsquery('simple', 'derechos humanos'),
                    websearch_to_tsquery('simple', 'energy renewable'), websearch_to_tsquery('simple', 'health -tobacco'),
                    to_tsquery('simple', 'migr:*'), websearch_to_tsquery('simple', 'climate change'),
                    websearch_to_tsquery('simple', 'formation professionnelle'),
                    websearch_to_tsquery('simple', 'agua potable')])[:q] as query) q
where r.status = 'published' and to_tsvector('simple', t.body) @@ q.query;
