/**
 * The evidence pack: an analysis run as one auditor-ready document (scope and input hashes,
 * findings by rule with paths and owners, exceptions, standards, trend, remediation plan, charts),
 * rendered as HTML by a Thymeleaf template and as PDF from that HTML. The same run always gives the
 * same bytes.
 */
package dev.faultline.app.report;
