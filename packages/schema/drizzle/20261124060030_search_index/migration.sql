-- Full-text search over trials, therapies and reviews (SQLite FTS5), kept in sync by triggers.
--
-- One row per entity, one column per searchable field, so a multi-word query can match across
-- fields of one entity, bm25 can weight each field, and highlight()/snippet() can say which field
-- matched. Columns a type does not have stay NULL. The rowid is derived from the entity:
-- id * 4 + 1 (trial), + 2 (therapy), + 3 (review), so triggers find a row without a scan.
-- Tokenizer: porter stemming over unicode61 with diacritics folded. Hyphens stay separators, so
-- "MART-1" is indexed as "mart" "1" and the quoted query phrase "MART-1" matches "anti-MART-1".
-- The column order is the order src/db/search.ts relies on (SEARCH_COLUMNS).
CREATE VIRTUAL TABLE `search_index` USING fts5(
	entity_type UNINDEXED,
	entity_id UNINDEXED,
	title,
	official_title,
	name,
	target_antigen,
	transgene,
	conditions,
	summary,
	description,
	abstract,
	assessment_quotes,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `search_index_trials_ai` AFTER INSERT ON `trials` BEGIN
	DELETE FROM search_index WHERE rowid = new.id * 4 + 1;
	INSERT INTO search_index (rowid, entity_type, entity_id, title, official_title, conditions, summary)
	VALUES (
		new.id * 4 + 1, 'TRIAL', new.id, new.title, new.official_title,
		CASE WHEN json_valid(new.conditions)
			THEN (SELECT group_concat(value, '; ') FROM json_each(new.conditions))
			ELSE new.conditions END,
		new.summary
	);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_trials_au` AFTER UPDATE OF id, title, official_title, conditions, summary ON `trials` BEGIN
	DELETE FROM search_index WHERE rowid IN (old.id * 4 + 1, new.id * 4 + 1);
	INSERT INTO search_index (rowid, entity_type, entity_id, title, official_title, conditions, summary)
	VALUES (
		new.id * 4 + 1, 'TRIAL', new.id, new.title, new.official_title,
		CASE WHEN json_valid(new.conditions)
			THEN (SELECT group_concat(value, '; ') FROM json_each(new.conditions))
			ELSE new.conditions END,
		new.summary
	);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_trials_ad` AFTER DELETE ON `trials` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_therapies_ai` AFTER INSERT ON `therapies` BEGIN
	DELETE FROM search_index WHERE rowid = new.id * 4 + 2;
	INSERT INTO search_index (rowid, entity_type, entity_id, name, target_antigen, transgene, description)
	VALUES (new.id * 4 + 2, 'THERAPY', new.id, new.name, new.target_antigen, new.transgene, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_therapies_au` AFTER UPDATE OF id, name, target_antigen, transgene, description ON `therapies` BEGIN
	DELETE FROM search_index WHERE rowid IN (old.id * 4 + 2, new.id * 4 + 2);
	INSERT INTO search_index (rowid, entity_type, entity_id, name, target_antigen, transgene, description)
	VALUES (new.id * 4 + 2, 'THERAPY', new.id, new.name, new.target_antigen, new.transgene, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_therapies_ad` AFTER DELETE ON `therapies` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_reviews_ai` AFTER INSERT ON `reviews` BEGIN
	DELETE FROM search_index WHERE rowid = new.id * 4 + 3;
	INSERT INTO search_index (rowid, entity_type, entity_id, title, summary, abstract, assessment_quotes)
	VALUES (
		new.id * 4 + 3, 'REVIEW', new.id, new.title, new.summary, new.abstract,
		(SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM assessments WHERE review_id = new.id ORDER BY id))
	);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_reviews_au` AFTER UPDATE OF id, title, summary, abstract ON `reviews` BEGIN
	DELETE FROM search_index WHERE rowid IN (old.id * 4 + 3, new.id * 4 + 3);
	INSERT INTO search_index (rowid, entity_type, entity_id, title, summary, abstract, assessment_quotes)
	VALUES (
		new.id * 4 + 3, 'REVIEW', new.id, new.title, new.summary, new.abstract,
		(SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM assessments WHERE review_id = new.id ORDER BY id))
	);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_reviews_ad` AFTER DELETE ON `reviews` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
--> statement-breakpoint
-- Assessment quotes are indexed under their review: any change re-collects the review's quotes.
CREATE TRIGGER `search_index_assessments_ai` AFTER INSERT ON `assessments` BEGIN
	UPDATE search_index
	SET assessment_quotes = (SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM assessments WHERE review_id = new.review_id ORDER BY id))
	WHERE rowid = new.review_id * 4 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_assessments_au` AFTER UPDATE OF review_id, quote ON `assessments` BEGIN
	UPDATE search_index
	SET assessment_quotes = (SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM assessments WHERE review_id = old.review_id ORDER BY id))
	WHERE rowid = old.review_id * 4 + 3;
	UPDATE search_index
	SET assessment_quotes = (SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM assessments WHERE review_id = new.review_id ORDER BY id))
	WHERE rowid = new.review_id * 4 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_assessments_ad` AFTER DELETE ON `assessments` BEGIN
	UPDATE search_index
	SET assessment_quotes = (SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM assessments WHERE review_id = old.review_id ORDER BY id))
	WHERE rowid = old.review_id * 4 + 3;
END;
--> statement-breakpoint
-- Backfill what the database already holds.
INSERT INTO search_index (rowid, entity_type, entity_id, title, official_title, conditions, summary)
SELECT
	id * 4 + 1, 'TRIAL', id, title, official_title,
	CASE WHEN json_valid(conditions)
		THEN (SELECT group_concat(value, '; ') FROM json_each(trials.conditions))
		ELSE conditions END,
	summary
FROM trials;
--> statement-breakpoint
INSERT INTO search_index (rowid, entity_type, entity_id, name, target_antigen, transgene, description)
SELECT id * 4 + 2, 'THERAPY', id, name, target_antigen, transgene, description FROM therapies;
--> statement-breakpoint
INSERT INTO search_index (rowid, entity_type, entity_id, title, summary, abstract, assessment_quotes)
SELECT
	id * 4 + 3, 'REVIEW', id, title, summary, abstract,
	(SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM assessments a WHERE a.review_id = reviews.id ORDER BY a.id))
FROM reviews;
