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
        <layer id="{1deb6fb9-750f-4cee-8208-f07d8cd83297}" pass="0" locked="0" enabled="1" class="SimpleLine">
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
            <Option type="QString" value="164,113,88,255,rgb:0.64313725490196083,0.44313725490196076,0.34509803921568627,1" name="line_color"/>
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
        <layer id="{673176c4-769e-4b0c-892c-c490fd78a81e}" pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="164,113,88,255,rgb:0.64313725490196083,0.44313725490196076,0.34509803921568627,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="117,81,63,255,rgb:0.45937285420004575,0.31653315022507056,0.24649423971923401,1" name="outline_color"/>
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
        <layer id="{e7faba2d-4f60-4890-871e-788ad99fee95}" pass="0" locked="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="164,113,88,255,rgb:0.64313725490196083,0.44313725490196076,0.34509803921568627,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="117,81,63,255,rgb:0.45937285420004575,0.31653315022507056,0.24649423971923401,1" name="outline_color"/>
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
  <renderer-v2 referencescale="-1" enableorderby="0" type="singleSymbol" symbollevels="0" forceraster="0">
    <symbols>
      <symbol alpha="1" is_animated="0" type="fill" force_rhr="0" name="0" clip_to_extent="1" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{45b79a5e-dba1-4eb8-910a-70b4b5186da3}" pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="246,244,239,255,rgb:0.96470588235294119,0.95686274509803926,0.93725490196078431,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="51,51,51,255,rgb:0.20000000000000001,0.20000000000000001,0.20000000000000001,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.8" name="outline_width"/>
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
    <field configurationFlags="NoFlag" name="name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="kind">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="(not filled)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="new" name="New community"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="existing" name="Existing community"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="population">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="children_3_6">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="children_0_3">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="declarations">
      <editWidget type="">
        <config>
          <Option/>
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
    <alias index="1" field="name" name="Community name"/>
    <alias index="2" field="kind" name="Community kind"/>
    <alias index="3" field="population" name="Population"/>
    <alias index="4" field="children_3_6" name="Children aged 3-6"/>
    <alias index="5" field="children_0_3" name="Children aged 0-3"/>
    <alias index="6" field="declarations" name="Declared provisions"/>
    <alias index="7" field="data_source" name="Data source"/>
    <alias index="8" field="entry_time" name="Time of entry"/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="fid"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="kind"/>
    <policy policy="Duplicate" field="population"/>
    <policy policy="Duplicate" field="children_3_6"/>
    <policy policy="Duplicate" field="children_0_3"/>
    <policy policy="Duplicate" field="declarations"/>
    <policy policy="Duplicate" field="data_source"/>
    <policy policy="Duplicate" field="entry_time"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="fid"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="kind"/>
    <policy policy="Duplicate" field="population"/>
    <policy policy="Duplicate" field="children_3_6"/>
    <policy policy="Duplicate" field="children_0_3"/>
    <policy policy="Duplicate" field="declarations"/>
    <policy policy="Duplicate" field="data_source"/>
    <policy policy="Duplicate" field="entry_time"/>
  </duplicatePolicies>
  <defaults>
    <default field="fid" applyOnUpdate="0" expression=""/>
    <default field="name" applyOnUpdate="0" expression=""/>
    <default field="kind" applyOnUpdate="0" expression=""/>
    <default field="population" applyOnUpdate="0" expression=""/>
    <default field="children_3_6" applyOnUpdate="0" expression=""/>
    <default field="children_0_3" applyOnUpdate="0" expression=""/>
    <default field="declarations" applyOnUpdate="0" expression=""/>
    <default field="data_source" applyOnUpdate="0" expression="'Drawn by ' || coalesce(nullif(@user_full_name, ''), @user_account_name) || ' in ' || coalesce(nullif(@project_title, ''), nullif(@project_basename, ''), 'QGIS')"/>
    <default field="entry_time" applyOnUpdate="0" expression="now()"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" field="fid" notnull_strength="1" exp_strength="0" constraints="3"/>
    <constraint unique_strength="0" field="name" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="kind" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="population" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="children_3_6" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="children_0_3" notnull_strength="0" exp_strength="1" constraints="4"/>
    <constraint unique_strength="0" field="declarations" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="data_source" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="entry_time" notnull_strength="0" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="fid" exp=""/>
    <constraint desc="" field="name" exp=""/>
    <constraint desc="" field="kind" exp=""/>
    <constraint desc="" field="population" exp=""/>
    <constraint desc="children aged 3-6 must be between 0 and 1,000,000" field="children_3_6" exp="&quot;children_3_6&quot; IS NULL OR (&quot;children_3_6&quot; >= 0 AND &quot;children_3_6&quot; &lt;= 1000000)"/>
    <constraint desc="children aged 0-3 must be between 0 and 1,000,000" field="children_0_3" exp="&quot;children_0_3&quot; IS NULL OR (&quot;children_0_3&quot; >= 0 AND &quot;children_0_3&quot; &lt;= 1000000)"/>
    <constraint desc="" field="declarations" exp=""/>
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
      <attributeEditorField horizontalStretch="0" index="1" verticalStretch="0" showLabel="1" name="name">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="2" verticalStretch="0" showLabel="1" name="kind">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="3" verticalStretch="0" showLabel="1" name="population">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer horizontalStretch="0" visibilityExpression="" collapsedExpressionEnabled="0" type="Tab" verticalStretch="0" collapsed="0" showLabel="1" columnCount="1" visibilityExpressionEnabled="0" groupBox="0" collapsedExpression="" name="Size">
      <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
        <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
      </labelStyle>
      <attributeEditorField horizontalStretch="0" index="4" verticalStretch="0" showLabel="1" name="children_3_6">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="5" verticalStretch="0" showLabel="1" name="children_0_3">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer horizontalStretch="0" visibilityExpression="" collapsedExpressionEnabled="0" type="Tab" verticalStretch="0" collapsed="0" showLabel="1" columnCount="1" visibilityExpressionEnabled="0" groupBox="0" collapsedExpression="" name="Smart">
      <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
        <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
      </labelStyle>
      <attributeEditorField horizontalStretch="0" index="6" verticalStretch="0" showLabel="1" name="declarations">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
    </attributeEditorContainer>
    <attributeEditorContainer horizontalStretch="0" visibilityExpression="" collapsedExpressionEnabled="0" type="Tab" verticalStretch="0" collapsed="0" showLabel="1" columnCount="1" visibilityExpressionEnabled="0" groupBox="0" collapsedExpression="" name="Data source">
      <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
        <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
      </labelStyle>
      <attributeEditorField horizontalStretch="0" index="7" verticalStretch="0" showLabel="1" name="data_source">
        <labelStyle overrideLabelColor="0" overrideLabelFont="0" labelColor="">
          <labelFont bold="0" strikethrough="0" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" italic="0" style="" underline="0"/>
        </labelStyle>
      </attributeEditorField>
      <attributeEditorField horizontalStretch="0" index="8" verticalStretch="0" showLabel="1" name="entry_time">
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
  <layerGeometryType>2</layerGeometryType>
</qgis>
