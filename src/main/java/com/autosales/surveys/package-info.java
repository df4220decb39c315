/**
 * 满意度调查 — satisfaction surveys: scheduled after a delivery ({@link com.autosales.surveys.SurveyScheduling}),
 * called by customer service, scored 1–5 per topic with a comment, analysed per consultant and topic.
 */
package com.autosales.surveys;
