CREATE TABLE `arms` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`label` text NOT NULL,
	`type` text,
	`description` text,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_arms_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `intervention_arms` (
	`intervention_id` integer NOT NULL,
	`arm_id` integer NOT NULL,
	CONSTRAINT `fk_intervention_arms_intervention_id_interventions_id_fk` FOREIGN KEY (`intervention_id`) REFERENCES `interventions`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_intervention_arms_arm_id_arms_id_fk` FOREIGN KEY (`arm_id`) REFERENCES `arms`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `interventions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`name` text NOT NULL,
	`type` text,
	`description` text,
	`other_names` text DEFAULT '[]' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`therapy_id` integer,
	`match_method` text,
	`match_evidence` text,
	`inferred` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_interventions_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_interventions_therapy_id_therapies_id_fk` FOREIGN KEY (`therapy_id`) REFERENCES `therapies`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `mesh_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`kind` text NOT NULL,
	`mesh_id` text,
	`term` text NOT NULL,
	`is_ancestor` integer DEFAULT false NOT NULL,
	CONSTRAINT `fk_mesh_terms_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `outcome_measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`source` text NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`time_frame` text,
	`population_description` text,
	`param_type` text,
	`dispersion_type` text,
	`unit_of_measure` text,
	`reporting_status` text,
	`groups` text DEFAULT '[]' NOT NULL,
	`denoms` text DEFAULT '[]' NOT NULL,
	`classes` text DEFAULT '[]' NOT NULL,
	`analyses` text DEFAULT '[]' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_outcome_measures_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `registry_adverse_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`seriousness` text NOT NULL,
	`term` text NOT NULL,
	`organ_system` text,
	`source_vocabulary` text,
	`assessment_type` text,
	`notes` text,
	`stats` text DEFAULT '[]' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_registry_adverse_events_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `trial_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`source_id` integer,
	`adverse_event_groups` text DEFAULT '[]' NOT NULL,
	`adverse_event_time_frame` text,
	`adverse_event_description` text,
	`adverse_event_frequency_threshold` text,
	`participant_flow` text,
	`baseline` text,
	`orr_responders` integer,
	`orr_analysed` integer,
	`orr_measure_title` text,
	`orr_locator` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_trial_results_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_trial_results_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `trial_sites` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`trial_id` integer NOT NULL,
	`facility` text,
	`city` text,
	`state` text,
	`zip` text,
	`country` text,
	`status` text,
	`latitude` real,
	`longitude` real,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT `fk_trial_sites_trial_id_trials_id_fk` FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE `therapies` ADD `costimulatory_domain` text;--> statement-breakpoint
ALTER TABLE `therapies` ADD `manufacturer` text;--> statement-breakpoint
ALTER TABLE `therapies` ADD `product_codes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `therapies` ADD `aliases` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `trials` ADD `acronym` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `detailed_description` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `why_stopped` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `study_type` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `start_date_type` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `primary_completion_date` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `primary_completion_date_type` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `completion_date_type` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `last_update_posted` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `keywords` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `trials` ADD `secondary_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `trials` ADD `officials` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `trials` ADD `eligibility` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `design` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `eligibility_sex` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `healthy_volunteers` integer;--> statement-breakpoint
ALTER TABLE `trials` ADD `minimum_age_years` real;--> statement-breakpoint
ALTER TABLE `trials` ADD `maximum_age_years` real;--> statement-breakpoint
CREATE INDEX `arms_trial_idx` ON `arms` (`trial_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `arms_trial_label_unique` ON `arms` (`trial_id`,`label`);--> statement-breakpoint
CREATE UNIQUE INDEX `intervention_arms_unique` ON `intervention_arms` (`intervention_id`,`arm_id`);--> statement-breakpoint
CREATE INDEX `intervention_arms_arm_idx` ON `intervention_arms` (`arm_id`);--> statement-breakpoint
CREATE INDEX `interventions_trial_idx` ON `interventions` (`trial_id`,`position`);--> statement-breakpoint
CREATE INDEX `interventions_therapy_idx` ON `interventions` (`therapy_id`);--> statement-breakpoint
CREATE INDEX `interventions_type_idx` ON `interventions` (`type`);--> statement-breakpoint
CREATE INDEX `mesh_terms_kind_term_idx` ON `mesh_terms` (`kind`,`term`);--> statement-breakpoint
CREATE INDEX `mesh_terms_term_idx` ON `mesh_terms` (`term`);--> statement-breakpoint
CREATE UNIQUE INDEX `mesh_terms_trial_unique` ON `mesh_terms` (`trial_id`,`kind`,`term`);--> statement-breakpoint
CREATE INDEX `outcome_measures_trial_idx` ON `outcome_measures` (`trial_id`,`source`,`position`);--> statement-breakpoint
CREATE INDEX `outcome_measures_type_idx` ON `outcome_measures` (`type`);--> statement-breakpoint
CREATE INDEX `registry_adverse_events_trial_idx` ON `registry_adverse_events` (`trial_id`,`position`);--> statement-breakpoint
CREATE INDEX `registry_adverse_events_seriousness_idx` ON `registry_adverse_events` (`seriousness`);--> statement-breakpoint
CREATE INDEX `registry_adverse_events_term_idx` ON `registry_adverse_events` (`term`);--> statement-breakpoint
CREATE UNIQUE INDEX `trial_results_trial_unique` ON `trial_results` (`trial_id`);--> statement-breakpoint
CREATE INDEX `trial_results_source_idx` ON `trial_results` (`source_id`);--> statement-breakpoint
CREATE INDEX `trial_sites_trial_idx` ON `trial_sites` (`trial_id`,`position`);--> statement-breakpoint
CREATE INDEX `trial_sites_country_idx` ON `trial_sites` (`country`);--> statement-breakpoint
CREATE INDEX `trial_sites_city_idx` ON `trial_sites` (`city`);--> statement-breakpoint
CREATE INDEX `trial_sites_status_idx` ON `trial_sites` (`status`);--> statement-breakpoint
CREATE INDEX `trials_study_type_idx` ON `trials` (`study_type`);--> statement-breakpoint
CREATE INDEX `trials_eligibility_sex_idx` ON `trials` (`eligibility_sex`);--> statement-breakpoint
CREATE INDEX `trials_healthy_volunteers_idx` ON `trials` (`healthy_volunteers`);--> statement-breakpoint
CREATE INDEX `trials_age_limits_idx` ON `trials` (`minimum_age_years`,`maximum_age_years`);