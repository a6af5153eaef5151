/**
 * The graph explorer: find a node, draw it with its neighbours and expand them, who reaches a
 * system without MFA, and the shortest path between two nodes.
 */
package dev.faultline.app.web.explorer;
