/** HTTP endpoints of the server. */
package dev.faultline.app.web;
