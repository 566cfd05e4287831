# The queries of bench/queries.txt as PostgreSQL full-text search reads them ('simple' configuration,
# the corpus being in four languages), one per line of bench/queries.txt and in the same order.
# websearch_to_tsquery has no prefix syntax, so migr* is to_tsquery's migr:*. Sourced by bench/run.sh
# and bench/pg-fts.sh.
fts_queries=("websearch_to_tsquery('simple', 'migration')" "websearch_to_tsquery('simple', 'derechos humanos')"
    "websearch_to_tsquery('simple', 'energy renewable')" "websearch_to_tsquery('simple', 'health -tobacco')"
    "to_tsquery('simple', 'migr:*')" "websearch_to_tsquery('simple', 'climate change')"
    "websearch_to_tsquery('simple', 'formation professionnelle')" "websearch_to_tsquery('simple', 'agua potable')")

# Writes one pgbench script per query into $1 (a folder): over the rows of $2 (a from clause), with
# the stored tsvector $3 and the row's id $4, and an optional extra condition $5 ("... and"): the top
# 20 by ts_rank on the stored vector, then the number of matches, what the search page shows besides
# facets and snippets. Prints the pgbench -f arguments.
fts_scripts() {
    local dir="$1" from="$2" vector="$3" id="$4" condition="${5:-}"
    local i q
    for i in "${!fts_queries[@]}"; do
        q="${fts_queries[$i]}"
        printf '%s\n' "select $id from $from where $condition $vector @@ $q order by ts_rank($vector, $q) desc limit 20;" \
            "select count(*) from $from where $condition $vector @@ $q;" >"$dir/fts-$i.sql"
        printf -- '-f %s ' "$dir/fts-$i.sql"
    done
}
