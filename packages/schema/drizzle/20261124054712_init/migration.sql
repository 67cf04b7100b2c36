CREATE TABLE `adverse_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`patient_id` integer NOT NULL,
	`term` text NOT NULL,
	`grade` integer,
	`attribution` text,
	`serious` integer,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_adverse_events_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`review_id` integer NOT NULL,
	`expert` text NOT NULL,
	`affiliation` text,
	`quote` text NOT NULL,
	`stance` text NOT NULL,
	`rationale` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_assessments_review_id_reviews_id_fk` FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`source_id` integer NOT NULL,
	`locator` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_claims_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `patients` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`subject_code` text NOT NULL,
	`age_at_enrollment` integer,
	`sex` text DEFAULT 'UNKNOWN' NOT NULL,
	`disease_stage` text,
	`metastatic_sites` text DEFAULT '[]' NOT NULL,
	`prior_therapies` text DEFAULT '[]' NOT NULL,
	`best_response` text,
	`response_duration_months` real,
	`follow_up_months` real,
	`status` text DEFAULT 'UNKNOWN' NOT NULL,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_patients_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `review_therapies` (
	`review_id` integer NOT NULL,
	`therapy_id` integer NOT NULL,
	CONSTRAINT `fk_review_therapies_review_id_reviews_id_fk` FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_review_therapies_therapy_id_therapies_id_fk` FOREIGN KEY (`therapy_id`) REFERENCES `therapies`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `review_trials` (
	`review_id` integer NOT NULL,
	`trial_id` integer NOT NULL,
	CONSTRAINT `fk_review_trials_review_id_reviews_id_fk` FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_review_trials_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`authors` text DEFAULT '[]' NOT NULL,
	`authors_complete` integer DEFAULT true NOT NULL,
	`journal` text,
	`year` integer,
	`volume` text,
	`issue` text,
	`pages` text,
	`doi` text,
	`pmid` text,
	`url` text,
	`abstract` text,
	`summary` text,
	`source_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_reviews_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`published_on` text,
	`url` text,
	`doi` text,
	`pmid` text,
	`nct_id` text,
	`retrieved_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `therapies` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text NOT NULL,
	`modality` text NOT NULL,
	`transgene` text,
	`target_antigen` text,
	`vector` text,
	`cell_source` text,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `trial_therapies` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`therapy_id` integer NOT NULL,
	`arm_name` text,
	`role` text NOT NULL,
	`dose` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_trial_therapies_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_trial_therapies_therapy_id_therapies_id_fk` FOREIGN KEY (`therapy_id`) REFERENCES `therapies`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `trials` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`nct_id` text,
	`title` text NOT NULL,
	`official_title` text,
	`phase` text,
	`status` text,
	`conditions` text DEFAULT '[]' NOT NULL,
	`sponsor` text,
	`institution` text,
	`country` text,
	`principal_investigator` text,
	`start_date` text,
	`start_year` integer,
	`completion_date` text,
	`planned_enrollment` integer,
	`actual_enrollment` integer,
	`summary` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `adverse_events_patient_idx` ON `adverse_events` (`patient_id`);--> statement-breakpoint
CREATE INDEX `adverse_events_grade_idx` ON `adverse_events` (`grade`);--> statement-breakpoint
CREATE INDEX `assessments_review_idx` ON `assessments` (`review_id`);--> statement-breakpoint
CREATE INDEX `assessments_stance_idx` ON `assessments` (`stance`);--> statement-breakpoint
CREATE INDEX `claims_subject_idx` ON `claims` (`subject_type`,`subject_id`,`field`);--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_id`);--> statement-breakpoint
CREATE INDEX `claims_field_idx` ON `claims` (`field`);--> statement-breakpoint
CREATE INDEX `patients_trial_idx` ON `patients` (`trial_id`);--> statement-breakpoint
CREATE INDEX `patients_best_response_idx` ON `patients` (`best_response`);--> statement-breakpoint
CREATE INDEX `patients_age_idx` ON `patients` (`age_at_enrollment`);--> statement-breakpoint
CREATE INDEX `patients_sex_idx` ON `patients` (`sex`);--> statement-breakpoint
CREATE UNIQUE INDEX `patients_trial_subject_unique` ON `patients` (`trial_id`,`subject_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `review_therapies_unique` ON `review_therapies` (`review_id`,`therapy_id`);--> statement-breakpoint
CREATE INDEX `review_therapies_therapy_idx` ON `review_therapies` (`therapy_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `review_trials_unique` ON `review_trials` (`review_id`,`trial_id`);--> statement-breakpoint
CREATE INDEX `review_trials_trial_idx` ON `review_trials` (`trial_id`);--> statement-breakpoint
CREATE INDEX `reviews_kind_idx` ON `reviews` (`kind`);--> statement-breakpoint
CREATE INDEX `reviews_year_idx` ON `reviews` (`year`);--> statement-breakpoint
CREATE INDEX `reviews_journal_idx` ON `reviews` (`journal`);--> statement-breakpoint
CREATE INDEX `reviews_source_idx` ON `reviews` (`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_doi_unique` ON `reviews` (`doi`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_pmid_unique` ON `reviews` (`pmid`);--> statement-breakpoint
CREATE INDEX `sources_kind_idx` ON `sources` (`kind`);--> statement-breakpoint
CREATE INDEX `sources_doi_idx` ON `sources` (`doi`);--> statement-breakpoint
CREATE INDEX `sources_pmid_idx` ON `sources` (`pmid`);--> statement-breakpoint
CREATE INDEX `sources_nct_id_idx` ON `sources` (`nct_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `therapies_name_unique` ON `therapies` (`name`);--> statement-breakpoint
CREATE INDEX `therapies_modality_idx` ON `therapies` (`modality`);--> statement-breakpoint
CREATE INDEX `therapies_vector_idx` ON `therapies` (`vector`);--> statement-breakpoint
CREATE INDEX `therapies_target_antigen_idx` ON `therapies` (`target_antigen`);--> statement-breakpoint
CREATE INDEX `therapies_cell_source_idx` ON `therapies` (`cell_source`);--> statement-breakpoint
CREATE INDEX `trial_therapies_trial_idx` ON `trial_therapies` (`trial_id`);--> statement-breakpoint
CREATE INDEX `trial_therapies_therapy_idx` ON `trial_therapies` (`therapy_id`);--> statement-breakpoint
CREATE INDEX `trial_therapies_role_idx` ON `trial_therapies` (`role`);--> statement-breakpoint
CREATE UNIQUE INDEX `trial_therapies_link_unique` ON `trial_therapies` (`trial_id`,`therapy_id`,`arm_name`);--> statement-breakpoint
CREATE UNIQUE INDEX `trials_nct_id_unique` ON `trials` (`nct_id`);--> statement-breakpoint
CREATE INDEX `trials_phase_idx` ON `trials` (`phase`);--> statement-breakpoint
CREATE INDEX `trials_status_idx` ON `trials` (`status`);--> statement-breakpoint
CREATE INDEX `trials_sponsor_idx` ON `trials` (`sponsor`);--> statement-breakpoint
CREATE INDEX `trials_country_idx` ON `trials` (`country`);--> statement-breakpoint
CREATE INDEX `trials_start_year_idx` ON `trials` (`start_year`);--> statement-breakpoint
CREATE INDEX `trials_start_date_idx` ON `trials` (`start_date`);