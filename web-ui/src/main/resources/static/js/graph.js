// The one graph drawing of the UI (a finding's path, the explorer): Cytoscape.js over the JSON in
// #graph's data-graph ({nodes, edges, truncated}, see GraphJson). Names are Cytoscape labels and the
// side panel is filled with textContent: no data ever becomes markup. Pages reach the drawing as
// Faultline.graph (add, select, nodes) and tests as window.faultlineGraph (the Cytoscape instance);
// a 'faultline:graph' event on document says it is ready.
(function () {
  'use strict';

  var KINDS = {
    human: { color: '#0b3d91', shape: 'ellipse' },
    nhi: { color: '#6a1b9a', shape: 'diamond' },
    identity: { color: '#0b3d91', shape: 'ellipse' },
    group: { color: '#1d6f42', shape: 'round-rectangle' },
    role: { color: '#00695c', shape: 'pentagon' },
    system: { color: '#8b0000', shape: 'barrel' },
    authpath: { color: '#7a5c00', shape: 'triangle' },
    policy: { color: '#4a4a4a', shape: 'rectangle' },
    exception: { color: '#c25e00', shape: 'octagon' },
    credential: { color: '#ad1457', shape: 'tag' },
    recoverypath: { color: '#5d4037', shape: 'rhomboid' },
    tenant: { color: '#263238', shape: 'star' },
    other: { color: '#757575', shape: 'ellipse' }
  };

  function style() {
    var rules = [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'color': '#111', 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'ellipsis', 'text-max-width': 130, 'width': 26, 'height': 26,
        'background-color': KINDS.other.color, 'shape': KINDS.other.shape,
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'edge', style: {
        'width': 2, 'line-color': '#6b6f76', 'target-arrow-color': '#6b6f76', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'label': 'data(type)', 'font-size': 9, 'color': '#333', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.85 } },
      { selector: 'edge[?weak]', style: {
        'width': 6, 'line-color': '#d00000', 'target-arrow-color': '#d00000', 'line-style': 'dashed', 'color': '#8b0000',
        'font-weight': 'bold' } },
      { selector: 'node[?weak]', style: { 'border-width': 4, 'border-color': '#d00000' } },
      { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#ffbf00', 'overlay-opacity': 0 } },
      { selector: 'node.center', style: { 'width': 38, 'height': 38, 'font-weight': 'bold' } }
    ];
    Object.keys(KINDS).forEach(function (kind) {
      rules.push({ selector: 'node[kind = "' + kind + '"]', style: {
        'background-color': KINDS[kind].color, 'shape': KINDS[kind].shape } });
    });
    return rules;
  }

  function elements(data) {
    var list = [];
    (data.nodes || []).forEach(function (n) {
      list.push({ group: 'nodes', data: { id: n.id, label: n.label, kind: KINDS[n.kind] ? n.kind : 'other',
        name: n.name, tenant: n.tenant, labels: n.labels || [], properties: n.properties || {}, weak: !!n.weak } });
    });
    (data.edges || []).forEach(function (e) {
      list.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, weak: !!e.weak } });
    });
    return list;
  }

  function pathLayout(cy) {
    var order = {};
    cy.nodes().forEach(function (n, i) { order[n.id()] = i; });
    return { name: 'preset', fit: true, padding: 40, positions: function (node) {
      var i = order[node.id()];
      return { x: i * 170, y: (i % 2) * 70 };
    } };
  }

  // A neighbourhood is a star: rings by degree put the centre in the middle. Larger drawings get a
  // force-directed layout, and rings again past 150 nodes, where cose grows slow.
  function forceLayout(cy) {
    var count = cy.nodes().length;
    if (count <= 40 || count > 150) {
      return { name: 'concentric', fit: true, padding: 30, animate: false, minNodeSpacing: count > 150 ? 8 : 40,
        concentric: function (n) { return n.degree(); }, levelWidth: function () { return count > 150 ? 4 : 1; } };
    }
    return { name: 'cose', fit: true, padding: 30, animate: false, randomize: true, nodeOverlap: 20,
      nodeRepulsion: function () { return 8000; }, idealEdgeLength: function () { return 80; } };
  }

  function text(tag, value) {
    var element = document.createElement(tag);
    element.textContent = value == null ? '' : String(value);
    return element;
  }

  // Cytoscape adds a <style> element (position: relative for its container) unless an element with
  // this id exists; the Content-Security-Policy refuses inline styles, and faultline.css already
  // positions .graph-canvas, so a marker element with the id stands in for it.
  function claimCytoscapeStylesheet() {
    var id = '__________cytoscape_stylesheet';
    if (!document.getElementById(id)) {
      var marker = document.createElement('meta');
      marker.id = id;
      document.head.appendChild(marker);
    }
  }

  function Graph(container, panel, layoutName) {
    var self = this;
    this.layoutName = layoutName;
    this.panel = panel;
    this.listeners = [];
    claimCytoscapeStylesheet();
    this.cy = cytoscape({ container: container, style: style(), elements: [], minZoom: 0.1, maxZoom: 3,
      boxSelectionEnabled: false });
    this.cy.on('tap', 'node', function (event) { self.select(event.target.id()); });
    this.cy.on('mouseover', 'node', function (event) { self.show(event.target); });
    this.cy.on('mouseout', 'node', function () {
      var selected = self.cy.nodes(':selected');
      if (selected.length) { self.show(selected[0]); }
    });
  }

  /** Adds what is not drawn yet; at most max nodes in all. Returns {added, refused}. */
  Graph.prototype.add = function (data, max) {
    var cy = this.cy;
    var fresh = elements(data).filter(function (el) { return cy.getElementById(el.data.id).empty(); });
    var freshNodes = fresh.filter(function (el) { return el.group === 'nodes'; });
    if (max && cy.nodes().length + freshNodes.length > max) {
      return { added: 0, refused: freshNodes.length };
    }
    if (this.layoutName === 'path' && cy.nodes().length > 0) {
      this.layoutName = 'force';
    }
    cy.add(freshNodes);
    cy.add(fresh.filter(function (el) {
      return el.group === 'edges' && !cy.getElementById(el.data.source).empty() && !cy.getElementById(el.data.target).empty();
    }));
    this.layout();
    this.changed();
    return { added: freshNodes.length, refused: 0 };
  };

  Graph.prototype.layout = function () {
    var options = this.layoutName === 'path' ? pathLayout(this.cy) : forceLayout(this.cy);
    this.cy.layout(options).run();
    // A few nodes fitted to the canvas would be drawn huge: keep them at a readable size.
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
  };

  Graph.prototype.select = function (id) {
    var node = this.cy.getElementById(id);
    if (node.empty()) { return; }
    this.cy.nodes().unselect();
    node.select();
    this.show(node);
    this.listeners.forEach(function (listener) { listener(node); });
  };

  Graph.prototype.onSelect = function (listener) { this.listeners.push(listener); };
  Graph.prototype.onChange = function (listener) { this.changeListeners = (this.changeListeners || []).concat([listener]); };
  Graph.prototype.changed = function () {
    var self = this;
    (this.changeListeners || []).forEach(function (listener) { listener(self); });
  };

  /** The node's details in the side panel, as text. */
  Graph.prototype.show = function (node) {
    if (!this.panel) { return; }
    var details = this.panel.querySelector('#graph-panel-details');
    var hint = this.panel.querySelector('#graph-panel-hint');
    if (hint) { hint.hidden = true; }
    details.replaceChildren();
    var rows = [['Name', node.data('name') || node.id()], ['Key', node.id()],
      ['Labels', (node.data('labels') || []).join(', ')], ['Tenant', node.data('tenant') || '-']];
    var properties = node.data('properties') || {};
    Object.keys(properties).forEach(function (name) { rows.push([name, properties[name]]); });
    if (node.data('weak')) { rows.push(['Weak link', 'yes: lets the identity through without MFA']); }
    rows.forEach(function (row) {
      details.appendChild(text('dt', row[0]));
      details.appendChild(text('dd', row[1]));
    });
  };

  function init() {
    var container = document.getElementById('graph');
    if (!container || typeof cytoscape === 'undefined') { return; }
    var data = JSON.parse(container.dataset.graph || '{"nodes":[],"edges":[]}');
    var graph = new Graph(container, document.getElementById('graph-panel'), container.dataset.layout || 'force');
    graph.add(data, 0);
    window.Faultline = window.Faultline || {};
    window.Faultline.graph = graph;
    window.faultlineGraph = graph.cy;
    document.dispatchEvent(new CustomEvent('faultline:graph', { detail: graph }));
  }

  // Deferred scripts run while readyState is 'interactive', before DOMContentLoaded: waiting for it
  // lets the page's own script (loaded after this one) listen for 'faultline:graph' first.
  if (document.readyState === 'complete') {
    init();
  } else {
    document.addEventListener('DOMContentLoaded', init);
  }
})();
