"""The review published for residents (公示, 7.0.3, 5.5.1): a self-contained web page with a map (Leaflet)."""
