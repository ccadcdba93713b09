<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="100000000" labelsEnabled="0" hasScaleBasedVisibilityFlag="0" autoRefreshMode="Disabled" styleCategories="AllStyleCategories" autoRefreshTime="0" maxScale="0" simplifyDrawingHints="1" simplifyLocal="1" readOnly="0" simplifyDrawingTol="1" simplifyMaxScale="1" symbologyReferenceScale="-1" version="3.40.6-Bratislava" simplifyAlgorithm="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationUnit="min" fixedDuration="0" mode="0" durationField="" endField="" startExpression="" endExpression="" startField="" limitMode="0" enabled="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation respectLayerSymbol="1" type="IndividualFeatures" extrusion="0" extrusionEnabled="0" binding="Centroid" zoffset="0" showMarkerSymbolInSurfacePlots="0" symbology="Line" zscale="1" clamping="Terrain">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol alpha="1" is_animated="0" type="line" force_rhr="0" name="" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{eac5e227-5642-4515-8911-20d0e4e37b68}" pass="0" locked="0" enabled="1" class="SimpleLine">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="square" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="255,158,23,255,rgb:1,0.61960784313725492,0.09019607843137255,1" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.6" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol alpha="1" is_animated="0" type="fill" force_rhr="0" name="" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{eed7bd75-fe1f-470c-bf9f-af60b35113c7}" pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,158,23,255,rgb:1,0.61960784313725492,0.09019607843137255,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="182,113,16,255,rgb:0.71427481498435952,0.44252689402609291,0.06442359044785229,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{47250d2d-1fdb-413d-a264-305bef52267a}" pass="0" locked="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="255,158,23,255,rgb:1,0.61960784313725492,0.09019607843137255,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="182,113,16,255,rgb:0.71427481498435952,0.44252689402609291,0.06442359044785229,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="3" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 referencescale="-1" enableorderby="0" type="categorizedSymbol" symbollevels="0" attr="facility_type" forceraster="0">
    <categories>
      <category label="Elderly day care centre" type="string" symbol="0" uuid="{754792bb-b122-4b48-b8e2-199274bf569a}" render="true" value="elderly_day_care"/>
      <category label="Elderly activity room" type="string" symbol="1" uuid="{381568f3-1ad5-4aec-a530-6b6dc9cecf32}" render="true" value="elderly_activity_room"/>
      <category label="Kindergarten" type="string" symbol="2" uuid="{7374be66-0b83-44d2-b84d-04496ee151c3}" render="true" value="kindergarten"/>
      <category label="Infant care (nursery)" type="string" symbol="3" uuid="{0dea48f1-4626-4a5e-83d6-528d324308d2}" render="true" value="nursery"/>
      <category label="Community health station" type="string" symbol="4" uuid="{3fe066a9-c67b-4054-81db-914bfc8d0644}" render="true" value="health_station"/>
      <category label="Culture station" type="string" symbol="5" uuid="{d7fa02dc-022b-4a12-a74f-61f3d6318472}" render="true" value="culture_station"/>
      <category label="Sports ground (incl. children's and elderly grounds)" type="string" symbol="6" uuid="{1bff288c-0c9a-4225-b266-94fa7d8570ed}" render="true" value="sports_ground"/>
      <category label="Community service station" type="string" symbol="7" uuid="{b25d1493-73fe-4370-bbf0-37c98a2059a0}" render="true" value="service_station"/>
      <category label="Bus stop" type="string" symbol="8" uuid="{d44dc6a4-e6bc-4370-ad95-e10a901c282b}" render="true" value="bus_stop"/>
      <category label="Barrier-free facility" type="string" symbol="9" uuid="{000a2997-1c1b-4d78-8f53-70913d0633db}" render="true" value="accessibility_facility"/>
      <category label="Sorted-waste collection station" type="string" symbol="10" uuid="{8798930f-f567-4d07-b8ff-ea40d8972e25}" render="true" value="waste_collection"/>
      <category label="Public toilet" type="string" symbol="11" uuid="{07a36c26-0849-4290-b255-d0f67b73bee7}" render="true" value="public_toilet"/>
      <category label="Access control" type="string" symbol="12" uuid="{c95f3e0a-45e7-485b-a554-53907aabef5a}" render="true" value="access_control"/>
      <category label="Fire-fighting facility" type="string" symbol="13" uuid="{b881e3c9-24c7-4f23-bed4-ec2f8f891ec7}" render="true" value="fire_facility"/>
      <category label="Information capture, camera and recognition facility" type="string" symbol="14" uuid="{e3ed5a83-1c66-4ddd-abd0-8a3506f620f6}" render="true" value="surveillance"/>
      <category label="Fresh market or supermarket" type="string" symbol="15" uuid="{6c9b6ce5-b8a0-4a7a-8e36-002319c20f6d}" render="true" value="fresh_market"/>
      <category label="Convenience store" type="string" symbol="16" uuid="{1d4d1404-d0da-4c53-a632-bbe4c2a537f9}" render="true" value="convenience_store"/>
      <category label="Community canteen" type="string" symbol="17" uuid="{71ba5c5c-5da9-4b98-8bc3-1c812eb20207}" render="true" value="community_canteen"/>
      <category label="Housekeeping services" type="string" symbol="18" uuid="{5037ae5b-d56e-4d30-8b74-b5a7892f172a}" render="true" value="housekeeping"/>
      <category label="Mail and parcel station" type="string" symbol="19" uuid="{cc58bfac-ac41-4cd3-87bd-8f3231fcec5a}" render="true" value="parcel_station"/>
      <category label="Property management and services" type="string" symbol="20" uuid="{5eef1ed8-f7a8-4578-bb3c-fd2e0134b5bf}" render="true" value="property_management"/>
      <category label="Repair point" type="string" symbol="21" uuid="{92e3c64b-1446-419f-bdd5-956a426759dc}" render="true" value="repair_point"/>
      <category label="Other types (not in Table A.0.1)" type="NULL" symbol="22" uuid="{f8178f7b-bd6d-4e81-a840-f29acb127783}" render="true" value="NULL"/>
    </categories>
    <symbols>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="0" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{e6feb7e7-5a72-47c1-b4e0-472ed7d94bd6}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="142,94,162,255,rgb:0.55686274509803924,0.36862745098039218,0.63529411764705879,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjOGU1ZWEyIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDExLjUgTDEyIDYgTDE4LjUgMTEuNSBNNy41IDEwIFYxOCBIMTYuNSBWMTAiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxwYXRoIGQ9Ik0xMiAxNi4yIEM5LjYgMTQuNiA5LjIgMTIuNiAxMC44IDEyLjEgQzExLjUgMTEuOSAxMiAxMi41IDEyIDEyLjkgQzEyIDEyLjUgMTIuNSAxMS45IDEzLjIgMTIuMSBDMTQuOCAxMi42IDE0LjQgMTQuNiAxMiAxNi4yIFoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="1" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{c7079ff3-8021-4dc9-8712-a16bb1066586}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="142,94,162,255,rgb:0.55686274509803924,0.36862745098039218,0.63529411764705879,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjOGU1ZWEyIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMC41IiBjeT0iNi44IiByPSIxLjciIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPjxwYXRoIGQ9Ik0xMC41IDkuNSBMMTAgMTQgTDguNSAxOC41IE0xMCAxNCBMMTIgMTguNSBNMTAuMyAxMC41IEwxMy41IDEyLjUgTDE0LjUgMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="10" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{082430e3-b559-4276-90d9-6c2836b185a3}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNi41IDggSDE3LjUgTTEwIDggVjYuMiBIMTQgVjggTTcuOCA4IEw4LjggMTguNSBIMTUuMiBMMTYuMiA4IE0xMC42IDEwLjUgVjE2IE0xMy40IDEwLjUgVjE2IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="11" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{95113508-3535-41e8-9ab9-84f30ce3330c}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSI4LjUiIGN5PSI2LjMiIHI9IjEuNiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PGNpcmNsZSBjeD0iMTUuNSIgY3k9IjYuMyIgcj0iMS42IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNNyA5IEgxMCBWMTQgSDkuMyBWMTguNiBINy43IFYxNCBINyBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTUuNSA4LjggTDE4IDE1IEgxNi4zIFYxOC42IEgxNC43IFYxNSBIMTMgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PHBhdGggZD0iTTEyIDUuNSBWMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="12" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{5634dc7c-149e-427c-b2c9-a2e6ee528eb1}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSI4LjYiIGN5PSIxMiIgcj0iMy4xIiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz48cGF0aCBkPSJNMTEuNyAxMiBIMTguNSBNMTYuMiAxMiBWMTQuOCBNMTguMyAxMiBWMTQiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="13" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{83824673-4f80-4edf-be5d-86a0498dcb1b}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgNSBDMTMgOC40IDE3IDkuOSAxNyAxNCBBNSA1IDAgMCAxIDcgMTQgQzcgMTEuNiA4LjMgMTAuMyA5LjYgOS4yIEM5LjYgMTEgMTAuMyAxMiAxMS40IDEyLjQgQzEwLjkgOS44IDExLjQgNy4yIDEyIDUgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="14" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{5cbcfa4c-c4d3-4ed9-ae44-306de21b0aff}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS42IDkuNCBMMTUuNiA2LjYgTDE3IDExIEw3IDEzLjggWiBNMTcgOS42IEwxOC42IDkuMiBNMTEuNiAxMi41IEwxMi42IDE2IE03LjYgMTYgSDEzLjYgTTcuNiAxNC44IFYxNy42IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="15" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{b39bcbb5-a807-4a03-914d-6ab420753da1}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDExIEgxOC41IEwxNi44IDE4LjUgSDcuMiBaIE04LjYgMTEgTDExIDYuMiBNMTUuNCAxMSBMMTMgNi4yIE05LjggMTMuNSBWMTYuMiBNMTIgMTMuNSBWMTYuMiBNMTQuMiAxMy41IFYxNi4yIiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="16" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{5e8eb963-26c2-42c0-8c81-6d6b8b65add3}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDkuNSBMNyA1LjggSDE3IEwxOC41IDkuNSBaIE02LjYgOS41IFYxOC41IEgxNy40IFY5LjUgTTEwIDE4LjUgVjEzLjUgSDE0IFYxOC41IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="17" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{b53160b7-6c7c-4a4c-b540-c6178b297590}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDEyIEgxOC41IEMxOC41IDE1LjYgMTUuNiAxOC4yIDEyIDE4LjIgQzguNCAxOC4yIDUuNSAxNS42IDUuNSAxMiBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNOS41IDEwLjIgTDE1LjggNS4yIE0xMS44IDEwLjIgTDE3LjYgNi42IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="18" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{cf6bebe1-4f1f-4c67-9bb9-fd9a720b4bf7}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTYuOCA1LjIgTDExLjYgMTIuNCBNOS4yIDExLjQgTDE0IDE0LjggTDExLjYgMTguNiBDOS42IDE4LjIgNy4yIDE2LjQgNiAxNC42IFogTTguNiAxNi42IEwxMC4yIDE0LjQiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="19" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{5be10f62-2691-4529-a5c1-e9f121c27980}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgNS40IEwxOC4zIDguNiBWMTUuNiBMMTIgMTguOCBMNS43IDE1LjYgVjguNiBaIE01LjcgOC42IEwxMiAxMS44IEwxOC4zIDguNiBNMTIgMTEuOCBWMTguOCBNOC44IDcgTDE1LjEgMTAuMiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="2" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{55e7dff3-9307-42ef-96c4-96f011bdaa3c}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="229,142,38,255,rgb:0.89803921568627454,0.55686274509803924,0.14901960784313725,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZTU4ZTI2IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjYuOCIgcj0iMS44IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTIgOS4zIEw4LjggMTYgSDE1LjIgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PHBhdGggZD0iTTkuOCAxMC44IEw3IDguNiBNMTQuMiAxMC44IEwxNyA4LjYgTTEwLjYgMTYgVjE4LjYgTTEzLjQgMTYgVjE4LjYiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="20" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{7e05d174-7c25-43e0-97eb-4e8f460f926c}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNyAxOC41IFY1LjUgSDE3IFYxOC41IFogTTUuNSAxOC41IEgxOC41IE0xMSAxOC41IFYxNS41IEgxMyBWMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PHBhdGggZD0iTTkgNy44IEgxMC42IFY5LjIgSDkgWiBNMTMuNCA3LjggSDE1IFY5LjIgSDEzLjQgWiBNOSAxMS4yIEgxMC42IFYxMi42IEg5IFogTTEzLjQgMTEuMiBIMTUgVjEyLjYgSDEzLjQgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="21" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{4b7282a9-fbf4-43b2-8e38-afce1eedf8bd}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTcuNiA4LjIgQTMuNCAzLjQgMCAwIDEgMTMuMiAxMS42IEw3LjYgMTcuMiBRNi44IDE4IDYgMTcuMiBRNS4yIDE2LjQgNiAxNS42IEwxMS42IDEwIEEzLjQgMy40IDAgMCAxIDE1IDUuNiBMMTMuNCA3LjYgTDE0LjIgOSBMMTUuOCA5LjggWiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="22" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{a5d8e99f-7584-4db3-97f1-e289ecc600c6}" pass="0" locked="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="154,154,154,255,rgb:0.60392156862745094,0.60392156862745094,0.60392156862745094,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.4" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="3" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{afe8a8b5-0003-494c-a5e9-953b2f42c566}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="229,142,38,255,rgb:0.89803921568627454,0.55686274509803924,0.14901960784313725,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZTU4ZTI2IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTAuMyA2LjIgSDEzLjcgTTExIDYuMiBMMTEuMiA0LjkgSDEyLjggTDEzIDYuMiBNOS41IDggSDE0LjUgVjE3LjQgUTE0LjUgMTguOCAxMy4xIDE4LjggSDEwLjkgUTkuNSAxOC44IDkuNSAxNy40IFogTTkuNSAxMS41IEgxMS41IE05LjUgMTQgSDExLjUiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="4" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{e1913852-0208-4056-a769-35373f3629bd}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="209,73,91,255,rgb:0.81960784313725488,0.28627450980392155,0.35686274509803922,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZDE0OTViIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTAuMiA1LjUgSDEzLjggVjEwLjIgSDE4LjUgVjEzLjggSDEzLjggVjE4LjUgSDEwLjIgVjEzLjggSDUuNSBWMTAuMiBIMTAuMiBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="5" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{4c323f19-8df8-40c8-96cc-f56af920406b}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="46,134,171,255,rgb:0.1803921568627451,0.52549019607843139,0.6705882352941176,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMmU4NmFiIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgOC4yIEMxMC4yIDYuOSA4IDYuNiA1LjUgNyBWMTcgQzggMTYuNiAxMC4yIDE2LjkgMTIgMTguMiBDMTMuOCAxNi45IDE2IDE2LjYgMTguNSAxNyBWNyBDMTYgNi42IDEzLjggNi45IDEyIDguMiBaIE0xMiA4LjIgVjE4LjIiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="6" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{df897147-e947-41d7-8f5a-cfb30f9e95ff}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="60,174,163,255,rgb:0.23529411764705882,0.68235294117647061,0.63921568627450975,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjM2NhZWEzIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSI2LjMiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxwYXRoIGQ9Ik01LjkgMTAuNCBDOSAxMS40IDE1IDExLjQgMTguMSAxMC40IE04IDE2LjggQzkuNSAxMy42IDkuNiA5IDguNCA2LjggTTE2IDE2LjggQzE0LjUgMTMuNiAxNC40IDkgMTUuNiA2LjgiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="7" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{a3888c3c-41cc-4a7b-b3cd-589223ac2fe9}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="31,111,80,255,rgb:0.12156862745098039,0.43529411764705883,0.31372549019607843,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMWY2ZjUwIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSI2LjUiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxjaXJjbGUgY3g9IjEyIiBjeT0iOC43IiByPSIxLjEiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPjxwYXRoIGQ9Ik0xMiAxMS4yIFYxNiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo=" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="8" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{b95297ee-5eb9-4143-8d35-8a81d6983f23}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNy4yIDE3IFY3LjYgUTcuMiA1LjYgOS4yIDUuNiBIMTQuOCBRMTYuOCA1LjYgMTYuOCA3LjYgVjE3IFogTTcuMiAxMi4yIEgxNi44IE05IDE3IFYxOC42IE0xNSAxNyBWMTguNiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PGNpcmNsZSBjeD0iOS40IiBjeT0iMTQuNiIgcj0iMC45IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48Y2lyY2xlIGN4PSIxNC42IiBjeT0iMTQuNiIgcj0iMC45IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz4KPC9zdmc+Cg==" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" is_animated="0" type="marker" force_rhr="0" name="9" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{5e93b411-e9cd-4c24-920d-804ceb6e955d}" pass="0" locked="0" enabled="1" class="SvgMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1" name="color"/>
            <Option type="QString" value="0" name="fixedAspectRatio"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMSIgY3k9IjUuOSIgcj0iMS42IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTEgOC40IFYxMi42IEgxNSBMMTYuNiAxNy42IE0xMSAxMC40IEgxNCIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PHBhdGggZD0iTTkgMTAuNiBBNC40IDQuNCAwIDEgMCAxNC42IDE2LjIiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="outline_color"/>
            <Option type="QString" value="1.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style multilineHeight="1" fontItalic="0" fontWeight="50" previewBkgrdColor="255,255,255,255,rgb:1,1,1,1" textOpacity="1" textOrientation="horizontal" legendString="Aa" tabStopDistanceUnit="Percentage" capitalization="0" textColor="34,34,34,255,rgb:0.13333333333333333,0.13333333333333333,0.13333333333333333,1" tabStopDistanceMapUnitScale="3x:0,0,0,0,0,0" multilineHeightUnit="Percentage" namedStyle="" isExpression="0" useSubstitutions="0" fontSizeUnit="Point" forcedBold="0" fontWordSpacing="0" fontFamily="WenQuanYi Zen Hei" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSize="8" forcedItalic="0" fontLetterSpacing="0" fontUnderline="0" tabStopDistance="6" allowHtml="0" fontKerning="1" fontStrikeout="0" fieldName="name" blendMode="0">
        <families/>
        <text-buffer bufferSize="1" bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" bufferNoFill="1" bufferDraw="0" bufferColor="255,255,255,255,rgb:1,1,1,1" bufferOpacity="1" bufferBlendMode="0"/>
        <text-mask maskJoinStyle="128" maskSizeUnits="MM" maskEnabled="0" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskedSymbolLayers="" maskSize="1.5" maskSize2="1.5"/>
        <background shapeRadiiUnit="MM" shapeOffsetUnit="MM" shapeBlendMode="0" shapeType="0" shapeOffsetY="0" shapeSizeX="0" shapeSizeY="0" shapeRadiiX="0" shapeSizeUnit="MM" shapeOffsetX="0" shapeBorderWidthUnit="MM" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255,rgb:1,1,1,1" shapeBorderWidth="0" shapeJoinStyle="64" shapeRotation="0" shapeSizeType="0" shapeDraw="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOpacity="1" shapeSVGFile="" shapeRadiiY="0" shapeBorderColor="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0">
          <symbol alpha="1" is_animated="0" type="fill" force_rhr="0" name="fillSymbol" clip_to_extent="1" frame_rate="10">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer id="" pass="0" locked="0" enabled="1" class="SimpleFill">
              <Option type="Map">
                <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                <Option type="QString" value="255,255,255,255,rgb:1,1,1,1" name="color"/>
                <Option type="QString" value="bevel" name="joinstyle"/>
                <Option type="QString" value="0,0" name="offset"/>
                <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                <Option type="QString" value="MM" name="offset_unit"/>
                <Option type="QString" value="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" name="outline_color"/>
                <Option type="QString" value="no" name="outline_style"/>
                <Option type="QString" value="0" name="outline_width"/>
                <Option type="QString" value="MM" name="outline_width_unit"/>
                <Option type="QString" value="solid" name="style"/>
              </Option>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" value="" name="name"/>
                  <Option name="properties"/>
                  <Option type="QString" value="collection" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowUnder="0" shadowRadius="1.5" shadowOpacity="0.69999999999999996" shadowOffsetDist="1" shadowColor="0,0,0,255,rgb:0,0,0,1" shadowDraw="0" shadowRadiusAlphaOnly="0" shadowOffsetAngle="135" shadowRadiusUnit="MM" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowBlendMode="6"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format placeDirectionSymbol="0" rightDirectionSymbol=">" plussign="0" wrapChar="" autoWrapLength="0" leftDirectionSymbol="&lt;" useMaxLineLengthForAutoWrap="1" multilineAlign="3" addDirectionSymbol="0" reverseDirectionSymbol="0" formatNumbers="0" decimals="3"/>
      <placement rotationUnit="AngleDegrees" repeatDistance="0" distUnits="MM" preserveRotation="1" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" distMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorEnabled="0" maximumDistanceMapUnitScale="3x:0,0,0,0,0,0" overlapHandling="PreventOverlap" placementFlags="10" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" xOffset="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" overrunDistanceUnit="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" placement="0" lineAnchorTextPoint="FollowPlacement" overrunDistance="0" layerType="UnknownGeometry" maximumDistanceUnit="MM" rotationAngle="0" repeatDistanceUnits="MM" quadOffset="4" priority="5" prioritization="PreferCloser" allowDegraded="0" maxCurvedCharAngleOut="-25" maximumDistance="0" centroidWhole="0" lineAnchorType="0" offsetType="0" lineAnchorClipping="0" centroidInside="0" lineAnchorPercent="0.5" offsetUnits="MM" dist="0" geometryGeneratorType="PointGeometry" yOffset="0" geometryGenerator="" fitInPolygonOnly="0" maxCurvedCharAngleIn="25" polygonPlacementFlags="2"/>
      <rendering fontMinPixelSize="0" obstacleFactor="1" maxNumLabels="2000" upsidedownLabels="0" fontMaxPixelSize="10000" scaleVisibility="0" limitNumLabels="0" obstacleType="1" scaleMin="0" drawLabels="1" fontLimitPixelSize="0" obstacle="1" mergeLines="0" minFeatureSize="0" unplacedVisibility="0" zIndex="0" scaleMax="0" labelPerPart="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" value="" name="name"/>
          <Option name="properties"/>
          <Option type="QString" value="collection" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" value="pole_of_inaccessibility" name="anchorPoint"/>
          <Option type="int" value="0" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
          <Option type="bool" value="false" name="drawToAllParts"/>
          <Option type="QString" value="0" name="enabled"/>
          <Option type="QString" value="point_on_exterior" name="labelAnchorPoint"/>
          <Option type="QString" value="&lt;symbol alpha=&quot;1&quot; is_animated=&quot;0&quot; type=&quot;line&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; frame_rate=&quot;10&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer id=&quot;{e042dfa6-be5d-4f0c-acb0-24971306d826}&quot; pass=&quot;0&quot; locked=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255,rgb:0.23529411764705882,0.23529411764705882,0.23529411764705882,1&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
          <Option type="double" value="0" name="minLength"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale"/>
          <Option type="QString" value="MM" name="minLengthUnit"/>
          <Option type="double" value="0" name="offsetFromAnchor"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromAnchorUnit"/>
          <Option type="double" value="0" name="offsetFromLabel"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <fieldConfiguration>
    <field configurationFlags="NoFlag" name="fid">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="facility_type">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="(not filled)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="elderly_day_care" name="Elderly day care centre"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="elderly_activity_room" name="Elderly activity room"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="kindergarten" name="Kindergarten"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="nursery" name="Infant care (nursery)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="health_station" name="Community health station"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="culture_station" name="Culture station"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="sports_ground" name="Sports ground (incl. children's and elderly grounds)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="service_station" name="Community service station"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="bus_stop" name="Bus stop"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="accessibility_facility" name="Barrier-free facility"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="waste_collection" name="Sorted-waste collection station"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="public_toilet" name="Public toilet"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="access_control" name="Access control"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="fire_facility" name="Fire-fighting facility"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="surveillance" name="Information capture, camera and recognition facility"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="fresh_market" name="Fresh market or supermarket"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="convenience_store" name="Convenience store"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="community_canteen" name="Community canteen"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="housekeeping" name="Housekeeping services"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="parcel_station" name="Mail and parcel station"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="property_management" name="Property management and services"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="repair_point" name="Repair point"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="smart_operation_centre" name="Smart operation centre (community brain)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="party_mass_centre" name="Smart Party–community service centre"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="smart_health_centre" name="Smart community health centre"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="smart_parking" name="Smart parking"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="ev_charging" name="Smart EV charging point"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="shared_car_station" name="Shared car station"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="ebike_charging" name="Smart e-bike charging"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="shared_bike_station" name="Shared bicycle station"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="rail_station" name="Rail transit station"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="status">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="(not filled)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="existing" name="Existing"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="planned" name="Planned"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="floor_area_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="land_area_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="floors">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="level">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="own_entrance">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNullState"/>
            <Option type="QString" value="1" name="CheckedState"/>
            <Option type="int" value="0" name="TextDisplayMethod"/>
            <Option type="QString" value="0" name="UncheckedState"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="classes">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="places">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="motor_spaces">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="non_motor_spaces">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="female_area_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="male_area_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="view_radius_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="centre">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="phase">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="year">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="smart_features">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="&quot;facility_type&quot; = current_value('facility_type')" name="FilterExpression"/>
            <Option type="QString" value="code" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="smart_requirements" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="QString" value="" name="LayerSource"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="false" name="OrderByValue"/>
            <Option type="bool" value="false" name="UseCompleter"/>
            <Option type="QString" value="label_en" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="data_source">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="entry_time">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="fid" name=""/>
    <alias index="1" field="facility_type" name="Facility type"/>
    <alias index="2" field="name" name="Facility name"/>
    <alias index="3" field="status" name="Status"/>
    <alias index="4" field="floor_area_m2" name="Floor area (m²)"/>
    <alias index="5" field="land_area_m2" name="Land area (m²)"/>
    <alias index="6" field="floors" name="Floors"/>
    <alias index="7" field="level" name="Storey"/>
    <alias index="8" field="own_entrance" name="Own entrance"/>
    <alias index="9" field="classes" name="Classes"/>
    <alias index="10" field="places" name="Places"/>
    <alias index="11" field="motor_spaces" name="Motor parking spaces"/>
    <alias index="12" field="non_motor_spaces" name="Non-motor parking spaces"/>
    <alias index="13" field="female_area_m2" name="Women's area (m²)"/>
    <alias index="14" field="male_area_m2" name="Men's area (m²)"/>
    <alias index="15" field="view_radius_m" name="View radius (m)"/>
    <alias index="16" field="centre" name="Service centre"/>
    <alias index="17" field="phase" name="Phase"/>
    <alias index="18" field="year" name="Year"/>
    <alias index="19" field="smart_features" name="Smart features"/>
    <alias index="20" field="data_source" name="Data source"/>
    <alias index="21" field="entry_time" name="Time of entry"/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="fid"/>
    <policy policy="Duplicate" field="facility_type"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="status"/>
    <policy policy="Duplicate" field="floor_area_m2"/>
    <policy policy="Duplicate" field="land_area_m2"/>
    <policy policy="Duplicate" field="floors"/>
    <policy policy="Duplicate" field="level"/>
    <policy policy="Duplicate" field="own_entrance"/>
    <policy policy="Duplicate" field="classes"/>
    <policy policy="Duplicate" field="places"/>
    <policy policy="Duplicate" field="motor_spaces"/>
    <policy policy="Duplicate" field="non_motor_spaces"/>
    <policy policy="Duplicate" field="female_area_m2"/>
    <policy policy="Duplicate" field="male_area_m2"/>
    <policy policy="Duplicate" field="view_radius_m"/>
    <policy policy="Duplicate" field="centre"/>
    <policy policy="Duplicate" field="phase"/>
    <policy policy="Duplicate" field="year"/>
    <policy policy="Duplicate" field="smart_features"/>
    <policy policy="Duplicate" field="data_source"/>
    <policy policy="Duplicate" field="entry_time"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="fid"/>
    <policy policy="Duplicate" field="facility_type"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="status"/>
    <policy policy="Duplicate" field="floor_area_m2"/>
    <policy policy="Duplicate" field="land_area_m2"/>
    <policy policy="Duplicate" field="floors"/>
    <policy policy="Duplicate" field="level"/>
    <policy policy="Duplicate" field="own_entrance"/>
    <policy policy="Duplicate" field="classes"/>
    <policy policy="Duplicate" field="places"/>
    <policy policy="Duplicate" field="motor_spaces"/>
    <policy policy="Duplicate" field="non_motor_spaces"/>
    <policy policy="Duplicate" field="female_area_m2"/>
    <policy policy="Duplicate" field="male_area_m2"/>
    <policy policy="Duplicate" field="view_radius_m"/>
    <policy policy="Duplicate" field="centre"/>
    <policy policy="Duplicate" field="phase"/>
    <policy policy="Duplicate" field="year"/>
    <policy policy="Duplicate" field="smart_features"/>
    <policy policy="Duplicate" field="data_source"/>
    <policy policy="Duplicate" field="entry_time"/>
  </duplicatePolicies>
  <defaults>
    <default field="fid" applyOnUpdate="0" expression=""/>
    <default field="facility_type" applyOnUpdate="0" expression=""/>
    <default field="name" applyOnUpdate="0" expression=""/>
    <default field="status" applyOnUpdate="0" expression=""/>
    <default field="floor_area_m2" applyOnUpdate="0" expression=""/>
    <default field="land_area_m2" applyOnUpdate="0" expression=""/>
    <default field="floors" applyOnUpdate="0" expression=""/>
    <default field="level" applyOnUpdate="0" expression=""/>
    <default field="own_entrance" applyOnUpdate="0" expression=""/>
    <default field="classes" applyOnUpdate="0" expression=""/>
    <default field="places" applyOnUpdate="0" expression=""/>
    <default field="motor_spaces" applyOnUpdate="0" expression=""/>
    <default field="non_motor_spaces" applyOnUpdate="0" expression=""/>
    <default field="female_area_m2" applyOnUpdate="0" expression=""/>
    <default field="male_area_m2" applyOnUpdate="0" expression=""/>
    <default field="view_radius_m" applyOnUpdate="0" expression=""/>
    <default field="centre" applyOnUpdate="0" expression=""/>
    <default field="phase" applyOnUpdate="0" expression=""/>
    <default field="year" applyOnUpdate="0" expression=""/>
    <default field="smart_features" applyOnUpdate="0" expression=""/>
    <default field="data_source" applyOnUpdate="0" expression="'Drawn by ' || coalesce(nullif(@user_full_name, ''), @user_account_name) || ' in ' || coalesce(nullif(@project_title, ''), nullif(@project_basename, ''), 'QGIS')"/>
    <default field="entry_time" applyOnUpdate="0" expression="now()"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" field="fid" notnull_strength="1" exp_strength="0" constraints="3"/>
    <constraint unique_strength="0" field="facility_type" notnull_strength="1" exp_strength="2" constraints="5"/>
    <constraint unique_strength="0" field="name" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="status" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="floor_area_m2" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="land_area_m2" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="floors" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="level" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="own_entrance" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="classes" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="places" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="motor_spaces" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="non_motor_spaces" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="female_area_m2" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="male_area_m2" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="view_radius_m" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="centre" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="phase" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="year" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="smart_features" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="data_source" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="entry_time" notnull_strength="0" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="fid" exp=""/>
    <constraint desc="the facility type should be one of Table A.0.1: pick it from the list" field="facility_type" exp="&quot;facility_type&quot; IS NULL OR &quot;facility_type&quot; IN ('elderly_day_care', 'elderly_activity_room', 'kindergarten', 'nursery', 'health_station', 'culture_station', 'sports_ground', 'service_station', 'bus_stop', 'accessibility_facility', 'waste_collection', 'public_toilet', 'access_control', 'fire_facility', 'surveillance', 'fresh_market', 'convenience_store', 'community_canteen', 'housekeeping', 'parcel_station', 'property_management', 'repair_point')"/>
    <constraint desc="" field="name" exp=""/>
    <constraint desc="" field="status" exp=""/>
    <constraint desc="floor area (m²) must be between 0.01 and 10,000,000" field="floor_area_m2" exp="&quot;floor_area_m2&quot; IS NULL OR (&quot;floor_area_m2&quot; >= 0.01 AND &quot;floor_area_m2&quot; &lt;= 10000000)"/>
    <constraint desc="land area (m²) must be between 0.01 and 10,000,000" field="land_area_m2" exp="&quot;land_area_m2&quot; IS NULL OR (&quot;land_area_m2&quot; >= 0.01 AND &quot;land_area_m2&quot; &lt;= 10000000)"/>
    <constraint desc="floors must be between 1 and 100" field="floors" exp="&quot;floors&quot; IS NULL OR (&quot;floors&quot; >= 1 AND &quot;floors&quot; &lt;= 100)"/>
    <constraint desc="storey must be between -5 and 100" field="level" exp="&quot;level&quot; IS NULL OR (&quot;level&quot; >= -5 AND &quot;level&quot; &lt;= 100)"/>
    <constraint desc="" field="own_entrance" exp=""/>
    <constraint desc="classes must be between 1 and 60" field="classes" exp="&quot;classes&quot; IS NULL OR (&quot;classes&quot; >= 1 AND &quot;classes&quot; &lt;= 60)"/>
    <constraint desc="places must be between 1 and 2400" field="places" exp="&quot;places&quot; IS NULL OR (&quot;places&quot; >= 1 AND &quot;places&quot; &lt;= 2400)"/>
    <constraint desc="motor parking spaces must be between 0 and 100,000" field="motor_spaces" exp="&quot;motor_spaces&quot; IS NULL OR (&quot;motor_spaces&quot; >= 0 AND &quot;motor_spaces&quot; &lt;= 100000)"/>
    <constraint desc="non-motor parking spaces must be between 0 and 100,000" field="non_motor_spaces" exp="&quot;non_motor_spaces&quot; IS NULL OR (&quot;non_motor_spaces&quot; >= 0 AND &quot;non_motor_spaces&quot; &lt;= 100000)"/>
    <constraint desc="women's area (m²) must be between 0 and 10,000" field="female_area_m2" exp="&quot;female_area_m2&quot; IS NULL OR (&quot;female_area_m2&quot; >= 0 AND &quot;female_area_m2&quot; &lt;= 10000)"/>
    <constraint desc="men's area (m²) must be between 0 and 10,000" field="male_area_m2" exp="&quot;male_area_m2&quot; IS NULL OR (&quot;male_area_m2&quot; >= 0 AND &quot;male_area_m2&quot; &lt;= 10000)"/>
    <constraint desc="view radius (m) must be between 0 and 2000" field="view_radius_m" exp="&quot;view_radius_m&quot; IS NULL OR (&quot;view_radius_m&quot; >= 0 AND &quot;view_radius_m&quot; &lt;= 2000)"/>
    <constraint desc="" field="centre" exp=""/>
    <constraint desc="" field="phase" exp=""/>
    <constraint desc="year must be between 1950 and 2100" field="year" exp="&quot;year&quot; IS NULL OR (&quot;year&quot; >= 1950 AND &quot;year&quot; &lt;= 2100)"/>
    <constraint desc="" field="smart_features" exp=""/>
    <constraint desc="" field="data_source" exp=""/>
    <constraint desc="" field="entry_time" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
      <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
    </labelStyle>
    <attributeEditorContainer horizontalStretch="0" visibilityExpression="" collapsedExpressionEnabled="0" type="Tab" verticalStretch="0" collapsed="0" showLabel="1" columnCount="1" visibilityExpressionEnabled="0" groupBox="0" collapsedExpression="" name="Basic">
      <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
        <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
      </labelStyle>
      <attributeEditorField horizontalStretch="0" index="1" verticalStretch="0" showLabel="1" name="facility_type">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="2" verticalStretch="0" showLabel="1" name="name">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="3" verticalStretch="0" showLabel="1" name="status">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="16" verticalStretch="0" showLabel="1" name="centre">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer horizontalStretch="0" visibilityExpression="" collapsedExpressionEnabled="0" type="Tab" verticalStretch="0" collapsed="0" showLabel="1" columnCount="1" visibilityExpressionEnabled="0" groupBox="0" collapsedExpression="" name="Size">
      <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
        <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
      </labelStyle>
      <attributeEditorField horizontalStretch="0" index="4" verticalStretch="0" showLabel="1" name="floor_area_m2">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="5" verticalStretch="0" showLabel="1" name="land_area_m2">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="6" verticalStretch="0" showLabel="1" name="floors">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="7" verticalStretch="0" showLabel="1" name="level">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="8" verticalStretch="0" showLabel="1" name="own_entrance">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="9" verticalStretch="0" showLabel="1" name="classes">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="10" verticalStretch="0" showLabel="1" name="places">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="11" verticalStretch="0" showLabel="1" name="motor_spaces">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="12" verticalStretch="0" showLabel="1" name="non_motor_spaces">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="13" verticalStretch="0" showLabel="1" name="female_area_m2">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="14" verticalStretch="0" showLabel="1" name="male_area_m2">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="15" verticalStretch="0" showLabel="1" name="view_radius_m">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer horizontalStretch="0" visibilityExpression="" collapsedExpressionEnabled="0" type="Tab" verticalStretch="0" collapsed="0" showLabel="1" columnCount="1" visibilityExpressionEnabled="0" groupBox="0" collapsedExpression="" name="Smart">
      <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
        <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
      </labelStyle>
      <attributeEditorField horizontalStretch="0" index="19" verticalStretch="0" showLabel="1" name="smart_features">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer horizontalStretch="0" visibilityExpression="" collapsedExpressionEnabled="0" type="Tab" verticalStretch="0" collapsed="0" showLabel="1" columnCount="1" visibilityExpressionEnabled="0" groupBox="0" collapsedExpression="" name="Phasing">
      <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
        <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
      </labelStyle>
      <attributeEditorField horizontalStretch="0" index="17" verticalStretch="0" showLabel="1" name="phase">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="18" verticalStretch="0" showLabel="1" name="year">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer horizontalStretch="0" visibilityExpression="" collapsedExpressionEnabled="0" type="Tab" verticalStretch="0" collapsed="0" showLabel="1" columnCount="1" visibilityExpressionEnabled="0" groupBox="0" collapsedExpression="" name="Data source">
      <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
        <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
      </labelStyle>
      <attributeEditorField horizontalStretch="0" index="20" verticalStretch="0" showLabel="1" name="data_source">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="21" verticalStretch="0" showLabel="1" name="entry_time">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip enabled="1"></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
