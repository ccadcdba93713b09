<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="100000000" simplifyMaxScale="1" autoRefreshMode="Disabled" simplifyAlgorithm="0" version="3.40.6-Bratislava" autoRefreshTime="0" simplifyDrawingHints="1" readOnly="0" maxScale="0" hasScaleBasedVisibilityFlag="0" styleCategories="AllStyleCategories" symbologyReferenceScale="-1" simplifyLocal="1" labelsEnabled="0" simplifyDrawingTol="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationUnit="min" mode="0" limitMode="0" endField="" endExpression="" accumulate="0" startField="" startExpression="" fixedDuration="0" enabled="0" durationField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation extrusion="0" respectLayerSymbol="1" type="IndividualFeatures" extrusionEnabled="0" showMarkerSymbolInSurfacePlots="0" symbology="Line" zoffset="0" clamping="Terrain" binding="Centroid" zscale="1">
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" type="QString" value=""/>
        <Option name="properties"/>
        <Option name="type" type="QString" value="collection"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol name="" alpha="1" is_animated="0" frame_rate="10" type="line" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleLine" pass="0" id="{b6375818-5e0b-41b2-83c4-f79c2c606815}" enabled="1">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0"/>
            <Option name="capstyle" type="QString" value="square"/>
            <Option name="customdash" type="QString" value="5;2"/>
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="customdash_unit" type="QString" value="MM"/>
            <Option name="dash_pattern_offset" type="QString" value="0"/>
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="dash_pattern_offset_unit" type="QString" value="MM"/>
            <Option name="draw_inside_polygon" type="QString" value="0"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="line_color" type="QString" value="229,182,54,255,rgb:0.89803921568627454,0.71372549019607845,0.21176470588235294,1"/>
            <Option name="line_style" type="QString" value="solid"/>
            <Option name="line_width" type="QString" value="0.6"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="offset" type="QString" value="0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="ring_filter" type="QString" value="0"/>
            <Option name="trim_distance_end" type="QString" value="0"/>
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_end_unit" type="QString" value="MM"/>
            <Option name="trim_distance_start" type="QString" value="0"/>
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="trim_distance_start_unit" type="QString" value="MM"/>
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0"/>
            <Option name="use_custom_dash" type="QString" value="0"/>
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol name="" alpha="1" is_animated="0" frame_rate="10" type="fill" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" pass="0" id="{359fe5dd-6032-4e9c-9189-ac83e6d69019}" enabled="1">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="229,182,54,255,rgb:0.89803921568627454,0.71372549019607845,0.21176470588235294,1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="164,130,39,255,rgb:0.64144350347142753,0.50983443961242081,0.15126268406195162,1"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol name="" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleMarker" pass="0" id="{9cfb2fa9-4750-452b-a615-0c449eb42af9}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="229,182,54,255,rgb:0.89803921568627454,0.71372549019607845,0.21176470588235294,1"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="diamond"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="164,130,39,255,rgb:0.64144350347142753,0.50983443961242081,0.15126268406195162,1"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="3"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 symbollevels="0" type="categorizedSymbol" attr="facility_type" forceraster="0" enableorderby="0" referencescale="-1">
    <categories>
      <category symbol="0" label="Elderly day care centre" type="string" value="elderly_day_care" render="true" uuid="{ad17e92a-a692-49b8-90b8-f6d0ba7122ee}"/>
      <category symbol="1" label="Elderly activity room" type="string" value="elderly_activity_room" render="true" uuid="{64e8756e-9e69-4c62-a806-461b0d326906}"/>
      <category symbol="2" label="Kindergarten" type="string" value="kindergarten" render="true" uuid="{b03c4c5b-5b5c-4ea5-993c-93496fc77cac}"/>
      <category symbol="3" label="Infant care (nursery)" type="string" value="nursery" render="true" uuid="{0f004498-9a2b-49f6-8570-d539db790a55}"/>
      <category symbol="4" label="Community health station" type="string" value="health_station" render="true" uuid="{7ff06a76-e4c1-441b-b9b7-a240be7cfa25}"/>
      <category symbol="5" label="Culture station" type="string" value="culture_station" render="true" uuid="{16282745-1cc1-479e-a27a-92eafc252ff2}"/>
      <category symbol="6" label="Sports ground (incl. children's and elderly grounds)" type="string" value="sports_ground" render="true" uuid="{aadca7fc-58b3-4fbb-ada6-3f0d0534062a}"/>
      <category symbol="7" label="Community service station" type="string" value="service_station" render="true" uuid="{6e5d0b9d-6ba3-4f4b-bd16-e694b4c0080d}"/>
      <category symbol="8" label="Bus stop" type="string" value="bus_stop" render="true" uuid="{983138e8-01dc-451e-ac6b-a0eae2d7ead9}"/>
      <category symbol="9" label="Barrier-free facility" type="string" value="accessibility_facility" render="true" uuid="{da7aeab4-cc05-4e83-bdca-21ca8024d042}"/>
      <category symbol="10" label="Sorted-waste collection station" type="string" value="waste_collection" render="true" uuid="{0ad956b0-545a-427d-a91d-6e3e7bd6df05}"/>
      <category symbol="11" label="Public toilet" type="string" value="public_toilet" render="true" uuid="{d84dbc80-fb22-459d-bf71-0f777de41e05}"/>
      <category symbol="12" label="Access control" type="string" value="access_control" render="true" uuid="{3a3bf68b-86a8-4049-9951-b1a22c31b21a}"/>
      <category symbol="13" label="Fire-fighting facility" type="string" value="fire_facility" render="true" uuid="{3cbf07a1-9aee-4de7-9922-cf6f123ec925}"/>
      <category symbol="14" label="Information capture, camera and recognition facility" type="string" value="surveillance" render="true" uuid="{a7ac63d4-8ed9-4aa2-af1e-5c12079828b5}"/>
      <category symbol="15" label="Fresh market or supermarket" type="string" value="fresh_market" render="true" uuid="{8fe9a87e-a4fc-4638-aa1a-a42a95ba6035}"/>
      <category symbol="16" label="Convenience store" type="string" value="convenience_store" render="true" uuid="{06e92585-d2ff-4e4e-89e2-51930565af5a}"/>
      <category symbol="17" label="Community canteen" type="string" value="community_canteen" render="true" uuid="{5002169e-c4d2-41c6-b2bc-9a1dc960cede}"/>
      <category symbol="18" label="Housekeeping services" type="string" value="housekeeping" render="true" uuid="{40e4c8d3-3704-41c5-8845-c54fd5fad40c}"/>
      <category symbol="19" label="Mail and parcel station" type="string" value="parcel_station" render="true" uuid="{46d10455-04dd-4c3b-9b8f-a6f9093c74b3}"/>
      <category symbol="20" label="Property management and services" type="string" value="property_management" render="true" uuid="{10ccbf75-2f87-48fc-a295-1b3b87024227}"/>
      <category symbol="21" label="Repair point" type="string" value="repair_point" render="true" uuid="{dbcfa753-959b-43c3-a673-9c66e966c8a5}"/>
      <category symbol="22" label="Other types (not in Table A.0.1)" type="NULL" value="NULL" render="true" uuid="{8ce7b7ee-0b11-42a6-80f4-288879b75be3}"/>
    </categories>
    <symbols>
      <symbol name="0" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{4e9da5e7-3faa-486c-9840-7dccdda4edb9}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="142,94,162,255,rgb:0.55686274509803924,0.36862745098039218,0.63529411764705879,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjOGU1ZWEyIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDExLjUgTDEyIDYgTDE4LjUgMTEuNSBNNy41IDEwIFYxOCBIMTYuNSBWMTAiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxwYXRoIGQ9Ik0xMiAxNi4yIEM5LjYgMTQuNiA5LjIgMTIuNiAxMC44IDEyLjEgQzExLjUgMTEuOSAxMiAxMi41IDEyIDEyLjkgQzEyIDEyLjUgMTIuNSAxMS45IDEzLjIgMTIuMSBDMTQuOCAxMi42IDE0LjQgMTQuNiAxMiAxNi4yIFoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPgo8L3N2Zz4K"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{254135e8-6d1b-422b-b47d-75d946e46955}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="142,94,162,255,rgb:0.55686274509803924,0.36862745098039218,0.63529411764705879,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjOGU1ZWEyIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMC41IiBjeT0iNi44IiByPSIxLjciIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPjxwYXRoIGQ9Ik0xMC41IDkuNSBMMTAgMTQgTDguNSAxOC41IE0xMCAxNCBMMTIgMTguNSBNMTAuMyAxMC41IEwxMy41IDEyLjUgTDE0LjUgMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="10" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{21dddada-5bfa-4328-a974-ba23e16cb5cd}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNi41IDggSDE3LjUgTTEwIDggVjYuMiBIMTQgVjggTTcuOCA4IEw4LjggMTguNSBIMTUuMiBMMTYuMiA4IE0xMC42IDEwLjUgVjE2IE0xMy40IDEwLjUgVjE2IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg=="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="11" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{51e0b4d1-da1c-490e-9003-fefff3c39566}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSI4LjUiIGN5PSI2LjMiIHI9IjEuNiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PGNpcmNsZSBjeD0iMTUuNSIgY3k9IjYuMyIgcj0iMS42IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNNyA5IEgxMCBWMTQgSDkuMyBWMTguNiBINy43IFYxNCBINyBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTUuNSA4LjggTDE4IDE1IEgxNi4zIFYxOC42IEgxNC43IFYxNSBIMTMgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PHBhdGggZD0iTTEyIDUuNSBWMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="12" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{47872027-72d3-4fe0-8ab1-8d8a34e45f4b}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSI4LjYiIGN5PSIxMiIgcj0iMy4xIiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz48cGF0aCBkPSJNMTEuNyAxMiBIMTguNSBNMTYuMiAxMiBWMTQuOCBNMTguMyAxMiBWMTQiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="13" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{89441a6c-e966-41e4-b98f-21819ed75dbb}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgNSBDMTMgOC40IDE3IDkuOSAxNyAxNCBBNSA1IDAgMCAxIDcgMTQgQzcgMTEuNiA4LjMgMTAuMyA5LjYgOS4yIEM5LjYgMTEgMTAuMyAxMiAxMS40IDEyLjQgQzEwLjkgOS44IDExLjQgNy4yIDEyIDUgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="14" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{9ea44112-bcf6-4aaf-8d6d-1c87919786e0}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="51,61,71,255,rgb:0.20000000000000001,0.23921568627450981,0.27843137254901962,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMzMzZDQ3IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS42IDkuNCBMMTUuNiA2LjYgTDE3IDExIEw3IDEzLjggWiBNMTcgOS42IEwxOC42IDkuMiBNMTEuNiAxMi41IEwxMi42IDE2IE03LjYgMTYgSDEzLjYgTTcuNiAxNC44IFYxNy42IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg=="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="15" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{502ba8be-268f-4542-8bc2-1ac29ad215e6}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDExIEgxOC41IEwxNi44IDE4LjUgSDcuMiBaIE04LjYgMTEgTDExIDYuMiBNMTUuNCAxMSBMMTMgNi4yIE05LjggMTMuNSBWMTYuMiBNMTIgMTMuNSBWMTYuMiBNMTQuMiAxMy41IFYxNi4yIiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg=="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="16" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{54cf8a25-887a-4af7-bc16-9d94537dd811}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDkuNSBMNyA1LjggSDE3IEwxOC41IDkuNSBaIE02LjYgOS41IFYxOC41IEgxNy40IFY5LjUgTTEwIDE4LjUgVjEzLjUgSDE0IFYxOC41IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg=="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="17" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{bd802561-6fb1-4b52-aabf-eb7d3b0c0686}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNS41IDEyIEgxOC41IEMxOC41IDE1LjYgMTUuNiAxOC4yIDEyIDE4LjIgQzguNCAxOC4yIDUuNSAxNS42IDUuNSAxMiBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNOS41IDEwLjIgTDE1LjggNS4yIE0xMS44IDEwLjIgTDE3LjYgNi42IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KPC9zdmc+Cg=="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="18" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{30d6ea7b-a3fb-4cbc-8278-48d2ec90fdaf}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTYuOCA1LjIgTDExLjYgMTIuNCBNOS4yIDExLjQgTDE0IDE0LjggTDExLjYgMTguNiBDOS42IDE4LjIgNy4yIDE2LjQgNiAxNC42IFogTTguNiAxNi42IEwxMC4yIDE0LjQiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="19" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{a5798643-d96f-4b7e-bdc5-5a4607fa7a1e}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgNS40IEwxOC4zIDguNiBWMTUuNiBMMTIgMTguOCBMNS43IDE1LjYgVjguNiBaIE01LjcgOC42IEwxMiAxMS44IEwxOC4zIDguNiBNMTIgMTEuOCBWMTguOCBNOC44IDcgTDE1LjEgMTAuMiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{50baad93-c261-470b-947c-d7d0b83cdf15}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="229,142,38,255,rgb:0.89803921568627454,0.55686274509803924,0.14901960784313725,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZTU4ZTI2IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjYuOCIgcj0iMS44IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTIgOS4zIEw4LjggMTYgSDE1LjIgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+PHBhdGggZD0iTTkuOCAxMC44IEw3IDguNiBNMTQuMiAxMC44IEwxNyA4LjYgTTEwLjYgMTYgVjE4LjYgTTEzLjQgMTYgVjE4LjYiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="20" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{cb9bfe1f-dfbb-46c9-acf1-9d21921ae83e}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNyAxOC41IFY1LjUgSDE3IFYxOC41IFogTTUuNSAxOC41IEgxOC41IE0xMSAxOC41IFYxNS41IEgxMyBWMTguNSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PHBhdGggZD0iTTkgNy44IEgxMC42IFY5LjIgSDkgWiBNMTMuNCA3LjggSDE1IFY5LjIgSDEzLjQgWiBNOSAxMS4yIEgxMC42IFYxMi42IEg5IFogTTEzLjQgMTEuMiBIMTUgVjEyLjYgSDEzLjQgWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSJub25lIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="21" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{4e9bc030-9436-4690-9ba8-1f8327bdd9db}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="181,101,29,255,rgb:0.70980392156862748,0.396078431372549,0.11372549019607843,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjYjU2NTFkIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTcuNiA4LjIgQTMuNCAzLjQgMCAwIDEgMTMuMiAxMS42IEw3LjYgMTcuMiBRNi44IDE4IDYgMTcuMiBRNS4yIDE2LjQgNiAxNS42IEwxMS42IDEwIEEzLjQgMy40IDAgMCAxIDE1IDUuNiBMMTMuNCA3LjYgTDE0LjIgOSBMMTUuOCA5LjggWiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="22" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleMarker" pass="0" id="{27282d74-7d87-484c-ab3b-0a8bfda930a9}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="154,154,154,255,rgb:0.60392156862745094,0.60392156862745094,0.60392156862745094,1"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="2.4"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{7611871f-9c5f-4e38-8f11-da4fa5defc8d}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="229,142,38,255,rgb:0.89803921568627454,0.55686274509803924,0.14901960784313725,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZTU4ZTI2IiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTAuMyA2LjIgSDEzLjcgTTExIDYuMiBMMTEuMiA0LjkgSDEyLjggTDEzIDYuMiBNOS41IDggSDE0LjUgVjE3LjQgUTE0LjUgMTguOCAxMy4xIDE4LjggSDEwLjkgUTkuNSAxOC44IDkuNSAxNy40IFogTTkuNSAxMS41IEgxMS41IE05LjUgMTQgSDExLjUiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="4" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{cd7090eb-a809-402d-ad5a-411a75110282}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="209,73,91,255,rgb:0.81960784313725488,0.28627450980392155,0.35686274509803922,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjZDE0OTViIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTAuMiA1LjUgSDEzLjggVjEwLjIgSDE4LjUgVjEzLjggSDEzLjggVjE4LjUgSDEwLjIgVjEzLjggSDUuNSBWMTAuMiBIMTAuMiBaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz4KPC9zdmc+Cg=="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="5" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{f7717459-abd3-402c-ad3d-755a18b369cc}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="46,134,171,255,rgb:0.1803921568627451,0.52549019607843139,0.6705882352941176,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMmU4NmFiIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNMTIgOC4yIEMxMC4yIDYuOSA4IDYuNiA1LjUgNyBWMTcgQzggMTYuNiAxMC4yIDE2LjkgMTIgMTguMiBDMTMuOCAxNi45IDE2IDE2LjYgMTguNSAxNyBWNyBDMTYgNi42IDEzLjggNi45IDEyIDguMiBaIE0xMiA4LjIgVjE4LjIiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="6" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{4c376a09-44fb-4a8d-9595-12b96bac4a52}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="60,174,163,255,rgb:0.23529411764705882,0.68235294117647061,0.63921568627450975,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjM2NhZWEzIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSI2LjMiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxwYXRoIGQ9Ik01LjkgMTAuNCBDOSAxMS40IDE1IDExLjQgMTguMSAxMC40IE04IDE2LjggQzkuNSAxMy42IDkuNiA5IDguNCA2LjggTTE2IDE2LjggQzE0LjUgMTMuNiAxNC40IDkgMTUuNiA2LjgiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="7" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{6de38e01-3944-4a8a-9daf-811bc783f63c}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="31,111,80,255,rgb:0.12156862745098039,0.43529411764705883,0.31372549019607843,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjMWY2ZjUwIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSI2LjUiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPjxjaXJjbGUgY3g9IjEyIiBjeT0iOC43IiByPSIxLjEiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0ibm9uZSIvPjxwYXRoIGQ9Ik0xMiAxMS4yIFYxNiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="8" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{3a15cf15-21c4-486a-a34f-d67edccc571b}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8cGF0aCBkPSJNNy4yIDE3IFY3LjYgUTcuMiA1LjYgOS4yIDUuNiBIMTQuOCBRMTYuOCA1LjYgMTYuOCA3LjYgVjE3IFogTTcuMiAxMi4yIEgxNi44IE05IDE3IFYxOC42IE0xNSAxNyBWMTguNiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PGNpcmNsZSBjeD0iOS40IiBjeT0iMTQuNiIgcj0iMC45IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48Y2lyY2xlIGN4PSIxNC42IiBjeT0iMTQuNiIgcj0iMC45IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz4KPC9zdmc+Cg=="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="9" alpha="1" is_animated="0" frame_rate="10" type="marker" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SvgMarker" pass="0" id="{4f8c05dd-5a20-4ba8-b6c2-a1a7c84aeddc}" enabled="1">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="95,107,122,255,rgb:0.37254901960784315,0.41960784313725491,0.47843137254901963,1"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8cmVjdCB4PSIxLjUiIHk9IjEuNSIgd2lkdGg9IjIxIiBoZWlnaHQ9IjIxIiByeD0iNC41IiBmaWxsPSJwYXJhbShmaWxsKSAjNWY2YjdhIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSAxLjIiLz4KICA8Y2lyY2xlIGN4PSIxMSIgY3k9IjUuOSIgcj0iMS42IiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9Im5vbmUiLz48cGF0aCBkPSJNMTEgOC40IFYxMi42IEgxNSBMMTYuNiAxNy42IE0xMSAxMC40IEgxNCIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuNiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+PHBhdGggZD0iTTkgMTAuNiBBNC40IDQuNCAwIDEgMCAxNC42IDE2LjIiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjYiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgo8L3N2Zz4K"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option name="outline_width" type="QString" value="1.2"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" type="QString" value=""/>
        <Option name="properties"/>
        <Option name="type" type="QString" value="collection"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style allowHtml="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" previewBkgrdColor="255,255,255,255,rgb:1,1,1,1" multilineHeightUnit="Percentage" useSubstitutions="0" tabStopDistanceMapUnitScale="3x:0,0,0,0,0,0" fontLetterSpacing="0" fontWeight="50" fontWordSpacing="0" fieldName="name" forcedItalic="0" tabStopDistance="6" isExpression="0" fontUnderline="0" fontFamily="WenQuanYi Zen Hei" multilineHeight="1" forcedBold="0" fontKerning="1" tabStopDistanceUnit="Percentage" fontStrikeout="0" legendString="Aa" fontItalic="0" textColor="34,34,34,255,rgb:0.13333333333333333,0.13333333333333333,0.13333333333333333,1" capitalization="0" textOpacity="1" namedStyle="" fontSizeUnit="Point" fontSize="8" blendMode="0" textOrientation="horizontal">
        <families/>
        <text-buffer bufferJoinStyle="128" bufferSizeUnits="MM" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0" bufferSize="1" bufferOpacity="1" bufferDraw="0" bufferColor="255,255,255,255,rgb:1,1,1,1" bufferNoFill="1"/>
        <text-mask maskSizeUnits="MM" maskOpacity="1" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskType="0" maskSize="1.5" maskJoinStyle="128" maskSize2="1.5" maskedSymbolLayers=""/>
        <background shapeRadiiX="0" shapeBorderWidth="0" shapeSizeY="0" shapeOffsetY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSVGFile="" shapeOffsetX="0" shapeSizeUnit="MM" shapeType="0" shapeRotation="0" shapeBorderColor="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" shapeBlendMode="0" shapeSizeType="0" shapeOffsetUnit="MM" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255,rgb:1,1,1,1" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeRadiiY="0" shapeSizeX="0" shapeDraw="0" shapeBorderWidthUnit="MM" shapeOpacity="1" shapeRotationType="0">
          <symbol name="fillSymbol" alpha="1" is_animated="0" frame_rate="10" type="fill" force_rhr="0" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value=""/>
                <Option name="properties"/>
                <Option name="type" type="QString" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" class="SimpleFill" pass="0" id="" enabled="1">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="color" type="QString" value="255,255,255,255,rgb:1,1,1,1"/>
                <Option name="joinstyle" type="QString" value="bevel"/>
                <Option name="offset" type="QString" value="0,0"/>
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="offset_unit" type="QString" value="MM"/>
                <Option name="outline_color" type="QString" value="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1"/>
                <Option name="outline_style" type="QString" value="no"/>
                <Option name="outline_width" type="QString" value="0"/>
                <Option name="outline_width_unit" type="QString" value="MM"/>
                <Option name="style" type="QString" value="solid"/>
              </Option>
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value=""/>
                  <Option name="properties"/>
                  <Option name="type" type="QString" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowUnder="0" shadowColor="0,0,0,255,rgb:0,0,0,1" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetUnit="MM" shadowRadiusAlphaOnly="0" shadowBlendMode="6" shadowOffsetGlobal="1" shadowScale="100" shadowRadius="1.5" shadowOpacity="0.69999999999999996" shadowOffsetDist="1" shadowRadiusUnit="MM" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format useMaxLineLengthForAutoWrap="1" formatNumbers="0" addDirectionSymbol="0" plussign="0" decimals="3" wrapChar="" placeDirectionSymbol="0" rightDirectionSymbol=">" reverseDirectionSymbol="0" multilineAlign="3" leftDirectionSymbol="&lt;" autoWrapLength="0"/>
      <placement maximumDistance="0" fitInPolygonOnly="0" quadOffset="4" allowDegraded="0" maxCurvedCharAngleOut="-25" centroidWhole="0" maxCurvedCharAngleIn="25" maximumDistanceUnit="MM" placement="0" overrunDistance="0" rotationAngle="0" geometryGeneratorEnabled="0" priority="5" lineAnchorTextPoint="FollowPlacement" geometryGeneratorType="PointGeometry" centroidInside="0" offsetUnits="MM" repeatDistanceUnits="MM" dist="0" offsetType="0" lineAnchorPercent="0.5" polygonPlacementFlags="2" repeatDistance="0" layerType="UnknownGeometry" preserveRotation="1" xOffset="0" distMapUnitScale="3x:0,0,0,0,0,0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" distUnits="MM" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorType="0" geometryGenerator="" rotationUnit="AngleDegrees" lineAnchorClipping="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" maximumDistanceMapUnitScale="3x:0,0,0,0,0,0" prioritization="PreferCloser" yOffset="0" overlapHandling="PreventOverlap" placementFlags="10" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR"/>
      <rendering zIndex="0" fontLimitPixelSize="0" scaleVisibility="0" labelPerPart="0" upsidedownLabels="0" drawLabels="1" obstacle="1" minFeatureSize="0" fontMaxPixelSize="10000" mergeLines="0" obstacleType="1" maxNumLabels="2000" unplacedVisibility="0" obstacleFactor="1" scaleMax="0" fontMinPixelSize="0" limitNumLabels="0" scaleMin="0"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value=""/>
          <Option name="properties"/>
          <Option name="type" type="QString" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility"/>
          <Option name="blendMode" type="int" value="0"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
          <Option name="drawToAllParts" type="bool" value="false"/>
          <Option name="enabled" type="QString" value="0"/>
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior"/>
          <Option name="lineSymbol" type="QString" value="&lt;symbol name=&quot;symbol&quot; alpha=&quot;1&quot; is_animated=&quot;0&quot; frame_rate=&quot;10&quot; type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; class=&quot;SimpleLine&quot; pass=&quot;0&quot; id=&quot;{f90740b6-6b14-4ad1-9b3e-711e95437021}&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot;/>&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot;/>&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255,rgb:0.23529411764705882,0.23529411764705882,0.23529411764705882,1&quot;/>&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot;/>&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot;/>&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option name="minLength" type="double" value="0"/>
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="minLengthUnit" type="QString" value="MM"/>
          <Option name="offsetFromAnchor" type="double" value="0"/>
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromAnchorUnit" type="QString" value="MM"/>
          <Option name="offsetFromLabel" type="double" value="0"/>
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromLabelUnit" type="QString" value="MM"/>
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
    <field name="fid" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="facility_type" configurationFlags="NoFlag">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(not filled)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
              <Option type="Map">
                <Option name="Elderly day care centre" type="QString" value="elderly_day_care"/>
              </Option>
              <Option type="Map">
                <Option name="Elderly activity room" type="QString" value="elderly_activity_room"/>
              </Option>
              <Option type="Map">
                <Option name="Kindergarten" type="QString" value="kindergarten"/>
              </Option>
              <Option type="Map">
                <Option name="Infant care (nursery)" type="QString" value="nursery"/>
              </Option>
              <Option type="Map">
                <Option name="Community health station" type="QString" value="health_station"/>
              </Option>
              <Option type="Map">
                <Option name="Culture station" type="QString" value="culture_station"/>
              </Option>
              <Option type="Map">
                <Option name="Sports ground (incl. children's and elderly grounds)" type="QString" value="sports_ground"/>
              </Option>
              <Option type="Map">
                <Option name="Community service station" type="QString" value="service_station"/>
              </Option>
              <Option type="Map">
                <Option name="Bus stop" type="QString" value="bus_stop"/>
              </Option>
              <Option type="Map">
                <Option name="Barrier-free facility" type="QString" value="accessibility_facility"/>
              </Option>
              <Option type="Map">
                <Option name="Sorted-waste collection station" type="QString" value="waste_collection"/>
              </Option>
              <Option type="Map">
                <Option name="Public toilet" type="QString" value="public_toilet"/>
              </Option>
              <Option type="Map">
                <Option name="Access control" type="QString" value="access_control"/>
              </Option>
              <Option type="Map">
                <Option name="Fire-fighting facility" type="QString" value="fire_facility"/>
              </Option>
              <Option type="Map">
                <Option name="Information capture, camera and recognition facility" type="QString" value="surveillance"/>
              </Option>
              <Option type="Map">
                <Option name="Fresh market or supermarket" type="QString" value="fresh_market"/>
              </Option>
              <Option type="Map">
                <Option name="Convenience store" type="QString" value="convenience_store"/>
              </Option>
              <Option type="Map">
                <Option name="Community canteen" type="QString" value="community_canteen"/>
              </Option>
              <Option type="Map">
                <Option name="Housekeeping services" type="QString" value="housekeeping"/>
              </Option>
              <Option type="Map">
                <Option name="Mail and parcel station" type="QString" value="parcel_station"/>
              </Option>
              <Option type="Map">
                <Option name="Property management and services" type="QString" value="property_management"/>
              </Option>
              <Option type="Map">
                <Option name="Repair point" type="QString" value="repair_point"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="name" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="NoFlag">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(not filled)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
              <Option type="Map">
                <Option name="Existing" type="QString" value="existing"/>
              </Option>
              <Option type="Map">
                <Option name="Planned" type="QString" value="planned"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="floor_area_m2" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="land_area_m2" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="floors" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="level" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="own_entrance" configurationFlags="NoFlag">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="AllowNullState" type="bool" value="true"/>
            <Option name="CheckedState" type="QString" value="1"/>
            <Option name="TextDisplayMethod" type="int" value="0"/>
            <Option name="UncheckedState" type="QString" value="0"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="classes" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="places" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="centre" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="phase" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="year" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="smart_features" configurationFlags="NoFlag">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option name="AllowMulti" type="bool" value="true"/>
            <Option name="AllowNull" type="bool" value="true"/>
            <Option name="FilterExpression" type="QString" value="&quot;facility_type&quot; = current_value('facility_type')"/>
            <Option name="Key" type="QString" value="code"/>
            <Option name="Layer" type="QString" value=""/>
            <Option name="LayerName" type="QString" value="smart_requirements"/>
            <Option name="LayerProviderName" type="QString" value="ogr"/>
            <Option name="LayerSource" type="QString" value=""/>
            <Option name="NofColumns" type="int" value="1"/>
            <Option name="OrderByValue" type="bool" value="false"/>
            <Option name="UseCompleter" type="bool" value="false"/>
            <Option name="Value" type="QString" value="label_en"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="data_source" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="entry_time" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" field="fid" index="0"/>
    <alias name="Facility type" field="facility_type" index="1"/>
    <alias name="Facility name" field="name" index="2"/>
    <alias name="Status" field="status" index="3"/>
    <alias name="Floor area (m²)" field="floor_area_m2" index="4"/>
    <alias name="Land area (m²)" field="land_area_m2" index="5"/>
    <alias name="Floors" field="floors" index="6"/>
    <alias name="Storey" field="level" index="7"/>
    <alias name="Own entrance" field="own_entrance" index="8"/>
    <alias name="Classes" field="classes" index="9"/>
    <alias name="Places" field="places" index="10"/>
    <alias name="Service centre" field="centre" index="11"/>
    <alias name="Phase" field="phase" index="12"/>
    <alias name="Year" field="year" index="13"/>
    <alias name="Smart features" field="smart_features" index="14"/>
    <alias name="Data source" field="data_source" index="15"/>
    <alias name="Time of entry" field="entry_time" index="16"/>
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
    <policy policy="Duplicate" field="centre"/>
    <policy policy="Duplicate" field="phase"/>
    <policy policy="Duplicate" field="year"/>
    <policy policy="Duplicate" field="smart_features"/>
    <policy policy="Duplicate" field="data_source"/>
    <policy policy="Duplicate" field="entry_time"/>
  </duplicatePolicies>
  <defaults>
    <default expression="" field="fid" applyOnUpdate="0"/>
    <default expression="" field="facility_type" applyOnUpdate="0"/>
    <default expression="" field="name" applyOnUpdate="0"/>
    <default expression="" field="status" applyOnUpdate="0"/>
    <default expression="" field="floor_area_m2" applyOnUpdate="0"/>
    <default expression="" field="land_area_m2" applyOnUpdate="0"/>
    <default expression="" field="floors" applyOnUpdate="0"/>
    <default expression="" field="level" applyOnUpdate="0"/>
    <default expression="" field="own_entrance" applyOnUpdate="0"/>
    <default expression="" field="classes" applyOnUpdate="0"/>
    <default expression="" field="places" applyOnUpdate="0"/>
    <default expression="" field="centre" applyOnUpdate="0"/>
    <default expression="" field="phase" applyOnUpdate="0"/>
    <default expression="" field="year" applyOnUpdate="0"/>
    <default expression="" field="smart_features" applyOnUpdate="0"/>
    <default expression="'Drawn by ' || coalesce(nullif(@user_full_name, ''), @user_account_name) || ' in ' || coalesce(nullif(@project_title, ''), nullif(@project_basename, ''), 'QGIS')" field="data_source" applyOnUpdate="0"/>
    <default expression="now()" field="entry_time" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" field="fid" exp_strength="0" notnull_strength="1" constraints="3"/>
    <constraint unique_strength="0" field="facility_type" exp_strength="2" notnull_strength="1" constraints="5"/>
    <constraint unique_strength="0" field="name" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="status" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="floor_area_m2" exp_strength="1" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" field="land_area_m2" exp_strength="1" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" field="floors" exp_strength="1" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" field="level" exp_strength="1" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" field="own_entrance" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="classes" exp_strength="1" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" field="places" exp_strength="1" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" field="centre" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="phase" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="year" exp_strength="1" notnull_strength="0" constraints="4"/>
    <constraint unique_strength="0" field="smart_features" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="data_source" exp_strength="0" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="entry_time" exp_strength="0" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="fid" desc=""/>
    <constraint exp="&quot;facility_type&quot; IS NULL OR &quot;facility_type&quot; IN ('elderly_day_care', 'elderly_activity_room', 'kindergarten', 'nursery', 'health_station', 'culture_station', 'sports_ground', 'service_station', 'bus_stop', 'accessibility_facility', 'waste_collection', 'public_toilet', 'access_control', 'fire_facility', 'surveillance', 'fresh_market', 'convenience_store', 'community_canteen', 'housekeeping', 'parcel_station', 'property_management', 'repair_point')" field="facility_type" desc="the facility type should be one of Table A.0.1: pick it from the list"/>
    <constraint exp="" field="name" desc=""/>
    <constraint exp="" field="status" desc=""/>
    <constraint exp="&quot;floor_area_m2&quot; IS NULL OR (&quot;floor_area_m2&quot; >= 0.01 AND &quot;floor_area_m2&quot; &lt;= 10000000)" field="floor_area_m2" desc="floor area (m²) must be between 0.01 and 10,000,000"/>
    <constraint exp="&quot;land_area_m2&quot; IS NULL OR (&quot;land_area_m2&quot; >= 0.01 AND &quot;land_area_m2&quot; &lt;= 10000000)" field="land_area_m2" desc="land area (m²) must be between 0.01 and 10,000,000"/>
    <constraint exp="&quot;floors&quot; IS NULL OR (&quot;floors&quot; >= 1 AND &quot;floors&quot; &lt;= 100)" field="floors" desc="floors must be between 1 and 100"/>
    <constraint exp="&quot;level&quot; IS NULL OR (&quot;level&quot; >= -5 AND &quot;level&quot; &lt;= 100)" field="level" desc="storey must be between -5 and 100"/>
    <constraint exp="" field="own_entrance" desc=""/>
    <constraint exp="&quot;classes&quot; IS NULL OR (&quot;classes&quot; >= 1 AND &quot;classes&quot; &lt;= 60)" field="classes" desc="classes must be between 1 and 60"/>
    <constraint exp="&quot;places&quot; IS NULL OR (&quot;places&quot; >= 1 AND &quot;places&quot; &lt;= 2400)" field="places" desc="places must be between 1 and 2400"/>
    <constraint exp="" field="centre" desc=""/>
    <constraint exp="" field="phase" desc=""/>
    <constraint exp="&quot;year&quot; IS NULL OR (&quot;year&quot; >= 1950 AND &quot;year&quot; &lt;= 2100)" field="year" desc="year must be between 1950 and 2100"/>
    <constraint exp="" field="smart_features" desc=""/>
    <constraint exp="" field="data_source" desc=""/>
    <constraint exp="" field="entry_time" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
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
    <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
      <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
    </labelStyle>
    <attributeEditorContainer collapsed="0" visibilityExpressionEnabled="0" visibilityExpression="" groupBox="0" name="Basic" showLabel="1" collapsedExpressionEnabled="0" type="Tab" horizontalStretch="0" columnCount="1" collapsedExpression="" verticalStretch="0">
      <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
        <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
      </labelStyle>
      <attributeEditorField name="facility_type" showLabel="1" horizontalStretch="0" index="1" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="name" showLabel="1" horizontalStretch="0" index="2" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="status" showLabel="1" horizontalStretch="0" index="3" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="centre" showLabel="1" horizontalStretch="0" index="11" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer collapsed="0" visibilityExpressionEnabled="0" visibilityExpression="" groupBox="0" name="Size" showLabel="1" collapsedExpressionEnabled="0" type="Tab" horizontalStretch="0" columnCount="1" collapsedExpression="" verticalStretch="0">
      <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
        <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
      </labelStyle>
      <attributeEditorField name="floor_area_m2" showLabel="1" horizontalStretch="0" index="4" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="land_area_m2" showLabel="1" horizontalStretch="0" index="5" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="floors" showLabel="1" horizontalStretch="0" index="6" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="level" showLabel="1" horizontalStretch="0" index="7" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="own_entrance" showLabel="1" horizontalStretch="0" index="8" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="classes" showLabel="1" horizontalStretch="0" index="9" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="places" showLabel="1" horizontalStretch="0" index="10" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer collapsed="0" visibilityExpressionEnabled="0" visibilityExpression="" groupBox="0" name="Smart" showLabel="1" collapsedExpressionEnabled="0" type="Tab" horizontalStretch="0" columnCount="1" collapsedExpression="" verticalStretch="0">
      <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
        <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
      </labelStyle>
      <attributeEditorField name="smart_features" showLabel="1" horizontalStretch="0" index="14" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer collapsed="0" visibilityExpressionEnabled="0" visibilityExpression="" groupBox="0" name="Phasing" showLabel="1" collapsedExpressionEnabled="0" type="Tab" horizontalStretch="0" columnCount="1" collapsedExpression="" verticalStretch="0">
      <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
        <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
      </labelStyle>
      <attributeEditorField name="phase" showLabel="1" horizontalStretch="0" index="12" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="year" showLabel="1" horizontalStretch="0" index="13" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer collapsed="0" visibilityExpressionEnabled="0" visibilityExpression="" groupBox="0" name="Data source" showLabel="1" collapsedExpressionEnabled="0" type="Tab" horizontalStretch="0" columnCount="1" collapsedExpression="" verticalStretch="0">
      <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
        <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
      </labelStyle>
      <attributeEditorField name="data_source" showLabel="1" horizontalStretch="0" index="15" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField name="entry_time" showLabel="1" horizontalStretch="0" index="16" verticalStretch="0">
        <labelStyle overrideLabelFont="0" labelColor="" overrideLabelColor="0">
          <labelFont underline="0" strikethrough="0" style="" italic="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" bold="0"/>
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
